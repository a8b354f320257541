using Vms.Onvif.Model.Common;

namespace Vms.Onvif.Client;

/// <summary>A media profile with what a VMS needs: its video source window, encoder settings and PTZ configuration.</summary>
public sealed record MediaProfileInfo(
    string Token,
    string Name,
    bool Fixed,
    string? VideoSourceConfigurationToken,
    IntRectangle? SourceBounds,
    EncoderSettings? Encoder,
    string? PtzConfigurationToken);
