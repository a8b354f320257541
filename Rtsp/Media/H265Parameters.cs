namespace Vms.Rtsp.Media;

/// <summary>H.265 parameter sets (NAL units without start codes).</summary>
public sealed record H265Parameters(byte[] Vps, byte[] Sps, byte[] Pps) : CodecParameters
{
    public override CodecId Codec => CodecId.H265;

    public override MediaKind Kind => MediaKind.Video;

    public override int ClockRate => 90_000;

    public bool Equals(H265Parameters? other) =>
        other is not null && Vps.AsSpan().SequenceEqual(other.Vps) && Sps.AsSpan().SequenceEqual(other.Sps) &&
        Pps.AsSpan().SequenceEqual(other.Pps);

    public override int GetHashCode() => HashCode.Combine(Vps.Length, Sps.Length, Pps.Length);
}
