using Vms.Rtsp.Media;
using Vms.Storage.Fmp4;

namespace Vms.Storage.Segments;

/// <summary>The bookkeeping of the segment a <see cref="SegmentWriter"/> has open.</summary>
internal sealed class SegmentState(SegmentFile file, Fmp4Track video, DateTimeOffset startUtc)
{
    public SegmentFile File { get; } = file;

    public Fmp4Track Video { get; } = video;

    public DateTimeOffset StartUtc { get; } = startUtc;

    /// <summary>The stream track's parameters when the segment opened (a change means the source renegotiated).</summary>
    public CodecParameters? TrackParametersAtOpen { get; init; }

    public Fmp4Track? Audio { get; init; }

    public int? AudioTrackIndex { get; init; }

    /// <summary>Decode time of the first video sample: media time 0 of the segment.</summary>
    public long VideoOrigin { get; init; }

    public long LastVideoDts { get; set; }

    public bool AudioStarted { get; set; }

    public long AudioOrigin { get; set; }

    /// <summary>Audio decode time (track timescale) of the first audio sample, from the segment start by wall clock.</summary>
    public long AudioBase { get; set; }

    public long LastAudioDts { get; set; }

    public uint Sequence { get; set; }

    public int Frames { get; set; }

    public int Keyframes { get; set; }

    /// <summary>Video decode time at the end of the last written fragment.</summary>
    public long VideoEnd { get; set; }

    public DateTimeOffset LastFragmentUtc { get; set; }

    public long LastFragmentMediaTime { get; set; }
}
