namespace Vms.Rtsp.Media;

/// <summary>An ONVIF metadata stream (<c>vnd.onvif.metadata</c>, XML over RTP, 90 kHz clock).</summary>
public sealed record OnvifMetadataParameters(int ClockRateHz = 90_000) : CodecParameters
{
    public override CodecId Codec => CodecId.OnvifMetadata;

    public override MediaKind Kind => MediaKind.Application;

    public override int ClockRate => ClockRateHz;
}
