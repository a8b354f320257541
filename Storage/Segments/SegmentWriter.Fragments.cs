using System.Runtime.CompilerServices;
using Vms.Storage.Fmp4.Boxes;

namespace Vms.Storage.Segments;

internal sealed partial class SegmentWriter
{
    /// <summary>Frame duration assumed for a last sample when no earlier one gives it (25 fps at 90 kHz).</summary>
    private const uint FallbackVideoDuration = 3600;

    /// <summary>
    /// Writes the pending samples as one fragment. <paramref name="nextVideoDts"/> is the decode time of the
    /// video unit that follows (it gives the last sample its duration), or null at the end of a segment.
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask FlushFragmentAsync(long? nextVideoDts, CancellationToken ct)
    {
        var seg = _segment!;
        if (_videoRun.IsEmpty)
        {
            ClearPending();
            return;
        }

        var (mediaTime, videoTotal, keyframes) = PrepareRuns(seg, nextVideoDts);
        var pieces = _serializer.Serialize(seg.Sequence + 1, 1, _fragmentWall, (ulong)mediaTime, _runs, out var length);
        await seg.File.AppendAsync(pieces, length, ct).ConfigureAwait(false);
        seg.Sequence++;
        BytesWritten += length;
        SamplesWritten += _videoRun.Samples.Count + _audioRun.Samples.Count;
        seg.Frames += _videoRun.Samples.Count;
        seg.Keyframes += keyframes;
        seg.VideoEnd = (long)_videoRun.BaseMediaDecodeTime + videoTotal;
        seg.LastFragmentUtc = _fragmentWall;
        seg.LastFragmentMediaTime = mediaTime;
        LogFragmentWritten(_cameraId, _streamName, seg.Sequence, _videoRun.Samples.Count, length);
        ClearPending();
        MaybeFlushToDisk(seg, force: false);
    }

    /// <summary>Fills in sample durations and base decode times; returns the prft media time, the video duration and the keyframe count.</summary>
    private (long MediaTime, long VideoTotal, int Keyframes) PrepareRuns(SegmentState seg, long? nextVideoDts)
    {
        var samples = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_videoRun.Samples);
        long videoTotal = 0;
        var keyframes = 0;
        for (var i = 0; i < samples.Length; i++)
        {
            uint duration;
            if (i + 1 < samples.Length)
            {
                duration = (uint)(_videoDts[i + 1] - _videoDts[i]);
                _lastVideoDuration = duration;
            }
            else if (nextVideoDts is { } next && next > _videoDts[i] && next - _videoDts[i] <= uint.MaxValue)
            {
                duration = (uint)(next - _videoDts[i]);
                _lastVideoDuration = duration;
            }
            else
            {
                duration = _lastVideoDuration > 0 ? _lastVideoDuration : FallbackVideoDuration;
            }

            samples[i].Duration = duration;
            videoTotal += duration;
            if (Fmp4.SampleFlags.IsSync(samples[i].Flags))
            {
                keyframes++;
            }
        }

        _videoRun.BaseMediaDecodeTime = (ulong)(_videoDts[0] - seg.VideoOrigin);
        if (!_audioRun.IsEmpty)
        {
            var audio = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_audioRun.Samples);
            for (var i = 0; i < audio.Length; i++)
            {
                audio[i].Duration = i + 1 < audio.Length
                    ? (uint)Math.Min(_audioDts[i + 1] - _audioDts[i], uint.MaxValue)
                    : IntrinsicAudioDuration(seg.Audio!, audio[i].Size);
            }

            _audioRun.BaseMediaDecodeTime = (ulong)(seg.AudioBase + (_audioDts[0] - seg.AudioOrigin));
        }

        var mediaTime = (long)_videoRun.BaseMediaDecodeTime + Math.Max(0, samples[0].CompositionOffset);
        return (mediaTime, videoTotal, keyframes);
    }

    private void MaybeFlushToDisk(SegmentState seg, bool force)
    {
        switch (_options.Fsync)
        {
            case FsyncPolicy.PerFragment:
                seg.File.FlushToDisk();
                _lastSyncTimestamp = _time.GetTimestamp();
                break;
            case FsyncPolicy.Periodic when force || _time.GetElapsedTime(_lastSyncTimestamp) >= _options.FsyncInterval:
                seg.File.FlushToDisk();
                _lastSyncTimestamp = _time.GetTimestamp();
                break;
        }
    }

    /// <summary>Writes what is pending and finalizes the segment; null when nothing was open or it had no fragment.</summary>
    private async ValueTask<SegmentInfo?> CloseSegmentAsync(long? nextVideoDts, CancellationToken ct)
    {
        if (_segment is not { } seg)
        {
            ClearPending();
            return null;
        }

        await FlushFragmentAsync(nextVideoDts, ct).ConfigureAwait(false);
        return await FinalizeAsync(seg, ct).ConfigureAwait(false);
    }

    private async ValueTask<SegmentInfo?> FinalizeAsync(SegmentState seg, CancellationToken ct)
    {
        _segment = null;
        ClearPending();
        if (seg.Sequence == 0)
        {
            seg.File.Discard();
            return null;
        }

        var timescale = (uint)seg.Video.Timescale;
        var durationMs = (ulong)((Int128)seg.VideoEnd * MovieHeaderBox.MovieTimescale / timescale);
        var bytes = await seg.File.FinalizeAsync(durationMs, _options.Fsync != FsyncPolicy.None, ct).ConfigureAwait(false);
        var end = SegmentTiming.UtcAt(seg.LastFragmentUtc, seg.LastFragmentMediaTime, seg.VideoEnd, timescale);
        var info = new SegmentInfo(_cameraId, _streamName, seg.StartUtc, end, seg.File.RelativePath, bytes, seg.Video.Codec,
            seg.Video.Video!.Width, seg.Video.Video.Height, seg.Frames, seg.Keyframes);
        LogSegmentClosed(_cameraId, _streamName, info.RelativePath, info.Duration.TotalSeconds, info.FrameCount, info.Bytes);
        _segmentClosed?.Invoke(info);
        return info;
    }

    /// <summary>After a write error: keep the whole fragments already on disk (finalize), drop the rest.</summary>
    private async ValueTask FailAsync(IOException error)
    {
        ClearPending();
        if (_segment is not { } seg)
        {
            LogWriteFailed(_cameraId, _streamName, "(none)", error);
            return;
        }

        LogWriteFailed(_cameraId, _streamName, seg.File.RelativePath, error);
        try
        {
            var info = await FinalizeAsync(seg, CancellationToken.None).ConfigureAwait(false);
            if (info is not null)
            {
                LogSegmentSalvaged(_cameraId, _streamName, info.RelativePath, seg.Sequence);
            }
        }
        catch (IOException e)
        {
            // the .part file keeps its whole fragments; recovery finalizes it on the next start
            seg.File.Dispose();
            LogSalvageFailed(_cameraId, _streamName, seg.File.RelativePath, e);
        }
    }
}
