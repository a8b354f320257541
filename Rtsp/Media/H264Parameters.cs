namespace Vms.Rtsp.Media;

/// <summary>H.264 parameter sets (NAL units without start codes).</summary>
public sealed record H264Parameters(byte[] Sps, byte[] Pps) : CodecParameters
{
    public override CodecId Codec => CodecId.H264;

    public override MediaKind Kind => MediaKind.Video;

    public override int ClockRate => 90_000;

    /// <summary>
    /// The SDP <c>profile-level-id</c> (RFC 6184 §8.1): SPS bytes 1..3 (profile_idc, constraint flags, level_idc) as
    /// six upper-case hex digits, or null when the SPS is shorter than 4 bytes.
    /// </summary>
    public string? ProfileLevelId => Sps.Length >= 4 ? Convert.ToHexString(Sps, 1, 3) : null;

    public bool Equals(H264Parameters? other) =>
        other is not null && Sps.AsSpan().SequenceEqual(other.Sps) && Pps.AsSpan().SequenceEqual(other.Pps);

    public override int GetHashCode() => HashCode.Combine(Sps.Length, Pps.Length, Sps.Length > 3 ? Sps[3] : 0);
}
