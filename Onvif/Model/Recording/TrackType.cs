namespace Vms.Onvif.Model.Recording;

/// <summary><c>tt:TrackType</c>.</summary>
public enum TrackType
{
    Video,

    Audio,

    Metadata,

    Extended,
}
