namespace Vms.Onvif.Client;

/// <summary>What to change on a video encoder; null members are left as they are.</summary>
public sealed record EncoderChange
{
    public int? Width { get; init; }

    public int? Height { get; init; }

    public double? FrameRate { get; init; }

    public int? BitrateKbps { get; init; }

    public int? GovLength { get; init; }
}
