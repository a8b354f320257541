namespace Vms.Rtsp.Media;

/// <summary>H.264 parameter sets (NAL units without start codes).</summary>
public sealed record H264Parameters(byte[] Sps, byte[] Pps) : CodecParameters
{
    public override CodecId Codec => CodecId.H264;

    public override MediaKind Kind => MediaKind.Video;

    public override int ClockRate => 90_000;

    public bool Equals(H264Parameters? other) =>
        other is not null && Sps.AsSpan().SequenceEqual(other.Sps) && Pps.AsSpan().SequenceEqual(other.Pps);

    public override int GetHashCode() => HashCode.Combine(Sps.Length, Pps.Length, Sps.Length > 3 ? Sps[3] : 0);
}
