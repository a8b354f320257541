using Vms.Rtsp.Media;
using Vms.Storage.Fmp4;

namespace Vms.Storage.Segments;

internal sealed partial class SegmentWriter
{
    /// <summary>AAC frames carry 1024 samples (AAC-LC; the RTP clock is the sampling rate).</summary>
    private const uint AacFrameSamples = 1024;

    private WriteStatus WriteAudio(MediaTrack track, AccessUnit unit, DateTimeOffset arrivalUtc)
    {
        if (track.Parameters is not (AacParameters or G711Parameters))
        {
            return WriteStatus.Ignored;
        }

        if (_knownAudio is null || (_knownAudio.Index == track.Index && !Equals(_knownAudio.Parameters, track.Parameters)))
        {
            _knownAudio = track; // the first audio track is recorded; it joins at the next segment if none is open with it
        }

        if (_segment is not { Audio: not null } seg || seg.AudioTrackIndex != track.Index || !Equals(seg.Audio.Parameters, track.Parameters))
        {
            return WriteStatus.Ignored;
        }

        var size = unit.ByteLength;
        if (size == 0 || size > _options.MaxSampleBytes || unit.NalUnits.Count != 1)
        {
            return WriteStatus.Rejected;
        }

        if (!seg.AudioStarted)
        {
            // place the first audio sample on the segment timeline by wall clock (never before the video start)
            var wall = unit.WallClock ?? arrivalUtc;
            seg.AudioBase = Math.Max(0, SegmentTiming.Ticks(wall - seg.StartUtc, seg.Audio.Timescale));
            seg.AudioOrigin = unit.Dts;
            seg.AudioStarted = true;
        }
        else if (unit.Dts <= seg.LastAudioDts)
        {
            return WriteStatus.Ignored;
        }

        unit.NalUnits[0].Span.CopyTo(_audioRun.Data.Reserve(size));
        _audioRun.Samples.Add(new FragmentSample(0, (uint)size, SampleFlags.Sync, 0));
        _audioDts.Add(unit.Dts);
        seg.LastAudioDts = unit.Dts;
        return WriteStatus.Written;
    }

    /// <summary>Duration of the last audio sample of a fragment, whose successor is not known yet.</summary>
    private static uint IntrinsicAudioDuration(Fmp4Track audio, uint size) => audio.Parameters switch
    {
        G711Parameters g => size / (uint)Math.Max(1, g.Channels),
        _ => AacFrameSamples,
    };
}
