using System.Runtime.CompilerServices;
using Vms.Rtsp.Media;
using Vms.Storage.Fmp4;
using Vms.Storage.Fmp4.Codecs;

namespace Vms.Storage.Segments;

internal sealed partial class SegmentWriter
{
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<WriteStatus> WriteVideoAsync(MediaTrack track, AccessUnit unit, DateTimeOffset arrivalUtc, CancellationToken ct)
    {
        if (unit.Codec is not (CodecId.H264 or CodecId.H265) || (_videoTrackIndex is { } index && index != track.Index))
        {
            return WriteStatus.Ignored;
        }

        var size = SampleSize(unit);
        if (size > _options.MaxSampleBytes || unit.NalUnits.Count == 0)
        {
            return WriteStatus.Rejected;
        }

        var status = WriteStatus.Written;
        if (_segment is { } seg)
        {
            var step = unit.Dts - seg.LastVideoDts;
            if (step <= 0 || step > SegmentTiming.Ticks(_options.MaxTimestampJump, seg.Video.Timescale))
            {
                LogDiscontinuity(_cameraId, _streamName, seg.LastVideoDts, unit.Dts);
                await CloseSegmentAsync(null, ct).ConfigureAwait(false);
                status = WriteStatus.Discontinuity;
            }
            else if (unit.IsKeyframe)
            {
                if (NeedsRollover(seg, track, unit))
                {
                    await CloseSegmentAsync(unit.Dts, ct).ConfigureAwait(false);
                }
                else if (!_videoRun.IsEmpty)
                {
                    await FlushFragmentAsync(unit.Dts, ct).ConfigureAwait(false);
                }
            }
            else if (!_videoRun.IsEmpty &&
                     (unit.Dts - _videoDts[0] >= SegmentTiming.Ticks(_options.MaxFragmentDuration, seg.Video.Timescale) ||
                      _videoRun.Data.Length + _audioRun.Data.Length + size > _options.MaxFragmentBytes))
            {
                await FlushFragmentAsync(unit.Dts, ct).ConfigureAwait(false);
            }
        }

        if (_segment is null)
        {
            if (!unit.IsKeyframe)
            {
                return status == WriteStatus.Discontinuity ? status : WriteStatus.WaitingForKeyframe;
            }

            if (!await OpenSegmentAsync(track, unit, unit.WallClock ?? arrivalUtc, ct).ConfigureAwait(false))
            {
                return WriteStatus.Rejected;
            }
        }

        AppendVideo(_segment!, unit, size, unit.WallClock ?? arrivalUtc);
        return status;
    }

    private bool NeedsRollover(SegmentState seg, MediaTrack track, AccessUnit unit)
    {
        if (unit.Dts - seg.VideoOrigin >= SegmentTiming.Ticks(_options.MaxSegmentDuration, seg.Video.Timescale))
        {
            return true;
        }

        if (unit.Codec != seg.Video.Codec || !VideoNalUnits.InBandMatches(seg.Video.Parameters, unit.NalUnits) ||
            !Equals(track.Parameters, seg.TrackParametersAtOpen))
        {
            LogParametersChanged(_cameraId, _streamName, seg.File.RelativePath);
            return true;
        }

        // an audio track appeared, or its parameters changed: the next segment carries it
        return _knownAudio is not null && (seg.Audio is null || !Equals(_knownAudio.Parameters, seg.Audio.Parameters));
    }

    private async ValueTask<bool> OpenSegmentAsync(MediaTrack track, AccessUnit unit, DateTimeOffset wallClock, CancellationToken ct)
    {
        var parameters = VideoNalUnits.InBandParameters(unit.Codec, unit.NalUnits) ?? track.Parameters;
        if (!Fmp4Track.TryCreate(VideoTrackId, parameters, out var video, out var error))
        {
            LogInvalidParameters(_cameraId, _streamName, unit.Codec, error);
            return false;
        }

        Fmp4Track? audio = null;
        if (_knownAudio is { } a && Fmp4Track.TryCreate(AudioTrackId, a.Parameters, out var at, out _))
        {
            audio = at;
        }

        _videoTrackIndex = track.Index;
        var metadata = new SegmentMetadata(
            _cameraId,
            _streamName,
            wallClock,
            unit.WallClock is null ? WallClockSource.ArrivalTime : unit.WallClockSource,
            audio is null ? [Describe(video)] : [Describe(video), Describe(audio)]);
        _init.Clear();
        var mehd = InitSegment.Write(_init, audio is null ? [video] : [video, audio], metadata);

        var file = SegmentFile.Create(_store, _cameraId, _streamName, wallClock);
        try
        {
            await file.WriteInitAsync(_init.WrittenMemory, mehd, ct).ConfigureAwait(false);
        }
        catch
        {
            file.Discard();
            throw;
        }

        BytesWritten += _init.Length;
        _segment = new SegmentState(file, video, wallClock)
        {
            TrackParametersAtOpen = track.Parameters,
            Audio = audio,
            AudioTrackIndex = audio is null ? null : _knownAudio!.Index,
            VideoOrigin = unit.Dts,
            LastVideoDts = unit.Dts - 1,
        };
        LogSegmentOpened(_cameraId, _streamName, file.RelativePath, video.Codec, video.Video!.Width, video.Video.Height);
        return true;
    }

    private void AppendVideo(SegmentState seg, AccessUnit unit, int size, DateTimeOffset wallClock)
    {
        if (_videoRun.IsEmpty)
        {
            _fragmentWall = wallClock;
        }

        var written = AnnexB.WriteLengthPrefixed(unit.NalUnits, _videoRun.Data.Reserve(size));
        System.Diagnostics.Debug.Assert(written == size, "sample size");
        var offset = unit.Pts - unit.Dts;
        _videoRun.Samples.Add(new FragmentSample(0, (uint)size, unit.IsKeyframe ? SampleFlags.Sync : SampleFlags.NonSync,
            (int)Math.Clamp(offset, int.MinValue, int.MaxValue)));
        _videoDts.Add(unit.Dts);
        seg.LastVideoDts = unit.Dts;
    }

    private static int SampleSize(AccessUnit unit)
    {
        long size = 0;
        for (var i = 0; i < unit.NalUnits.Count; i++)
        {
            size += 4 + unit.NalUnits[i].Length;
        }

        return (int)Math.Min(size, int.MaxValue);
    }

    private static SegmentTrackMetadata Describe(Fmp4Track t) => t.Parameters switch
    {
        AacParameters aac => new SegmentTrackMetadata(t.TrackId, t.Codec, t.Timescale, SampleRate: aac.SampleRate, Channels: aac.Channels),
        G711Parameters g => new SegmentTrackMetadata(t.TrackId, t.Codec, t.Timescale, SampleRate: g.SampleRate, Channels: g.Channels),
        _ => new SegmentTrackMetadata(t.TrackId, t.Codec, t.Timescale, t.Video?.Width ?? 0, t.Video?.Height ?? 0),
    };
}
