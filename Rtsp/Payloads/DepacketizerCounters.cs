namespace Vms.Rtsp.Payloads;

/// <summary>The counters behind <see cref="DepacketizerStatistics"/>, shared by the depacketizers.</summary>
internal sealed class DepacketizerCounters
{
    private readonly long[] _errors = new long[Enum.GetValues<RtpPayloadError>().Length];

    public long Packets { get; set; }

    public long AccessUnits { get; set; }

    public long DroppedAccessUnits { get; set; }

    public long LostPackets { get; set; }

    public long PayloadErrors { get; private set; }

    public RtpPayloadError LastError { get; private set; }

    public void Count(RtpPayloadError error)
    {
        _errors[(int)error]++;
        PayloadErrors++;
        LastError = error;
    }

    public long Get(RtpPayloadError error) => (uint)error < (uint)_errors.Length ? _errors[(int)error] : 0;

    public DepacketizerStatistics Snapshot() => new(Packets, AccessUnits, DroppedAccessUnits, LostPackets, PayloadErrors, LastError);
}
