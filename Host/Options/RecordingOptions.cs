namespace Vms.Host.Options;

/// <summary>How recordings are cut into files.</summary>
public sealed class RecordingOptions
{
    /// <summary>Media duration of one segment file.</summary>
    public TimeSpan SegmentDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Encoder frame rate asked of every camera unless a camera says otherwise (French practice: 12 fps).</summary>
    public int DefaultFrameRate { get; set; } = 12;
}
