namespace Vms.Rtsp.Media;

/// <summary>What a track carries.</summary>
public enum MediaKind
{
    Video,
    Audio,
    Application,
}
