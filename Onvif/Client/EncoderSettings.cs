namespace Vms.Onvif.Client;

/// <summary>A video encoder configuration in service-neutral terms. Bitrate in kbit/s; GOP in frames.</summary>
public sealed record EncoderSettings(
    string Token,
    string Codec,
    int Width,
    int Height,
    double? FrameRate,
    int? BitrateKbps,
    int? GovLength,
    string? Profile,
    float Quality);
