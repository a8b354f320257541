using Vms.Rtsp.Media;
using Vms.Rtsp.Rtcp;
using Vms.Rtsp.Rtp;

namespace Vms.Rtsp.Payloads.G711;

/// <summary>
/// G.711 (PCMU/PCMA, RFC 3551 §4.5.14) depacketizer: each packet's samples, as they are, make one access unit whose
/// timestamp is the packet's (one unit per sample). A loss loses only the lost packets' samples.
/// </summary>
public sealed class G711Depacketizer : IRtpDepacketizer
{
    private readonly DepacketizerCounters _counters = new();
    private readonly TimestampUnwrapper _unwrapper = new();

    public G711Depacketizer(G711Parameters parameters, WallClockMapper? wallClock = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Codec = parameters.Codec;
        ClockRate = parameters.ClockRate;
        WallClock = wallClock ?? new WallClockMapper(ClockRate);
    }

    public CodecId Codec { get; }

    public int ClockRate { get; }

    public WallClockMapper WallClock { get; }

    public DepacketizerStatistics Statistics => _counters.Snapshot();

    public long GetErrorCount(RtpPayloadError error) => _counters.Get(error);

    public void Push(in RtpPacket packet, int lostBefore, DateTimeOffset arrival, ICollection<AccessUnit> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _counters.Packets++;
        _counters.LostPackets += Math.Max(0, lostBefore);
        var payload = packet.Payload;
        if (payload.IsEmpty)
        {
            _counters.Count(RtpPayloadError.Truncated);
            return;
        }

        var pts = _unwrapper.Unwrap(packet.Timestamp);
        var wall = WallClock.Map(pts, arrival, out var source);
        output.Add(new AccessUnit(Codec, [payload.ToArray()], pts, pts, true, wall) { WallClockSource = source });
        _counters.AccessUnits++;
    }

    public void Flush(ICollection<AccessUnit> output)
    {
    }

    public void Reset()
    {
    }
}
