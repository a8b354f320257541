namespace Vms.Rtsp.Media;

/// <summary>One track of a stream: its position, its codec parameters and (for RTSP) its control URL.</summary>
public sealed record MediaTrack(int Index, CodecParameters Parameters, string? Control = null)
{
    public CodecId Codec => Parameters.Codec;

    public MediaKind Kind => Parameters.Kind;

    public int ClockRate => Parameters.ClockRate;
}
