namespace Vms.Onvif.Model.Search;

/// <summary><c>tt:RecordingStatus</c>.</summary>
public enum RecordingStatus
{
    Initiated,

    Recording,

    Stopped,

    Removing,

    Removed,

    Unknown,
}
