namespace Vms.Storage.Recording;

/// <summary>Where a camera recorder is.</summary>
public enum RecorderState
{
    /// <summary>Not started, or stopped.</summary>
    Stopped,

    /// <summary>Running, no segment open: waiting for a video keyframe.</summary>
    WaitingForKeyframe,

    /// <summary>Writing a segment.</summary>
    Recording,

    /// <summary>A write failed (e.g. disk full); access units are dropped until the retry time, then recording resumes at a keyframe.</summary>
    Suspended,
}
