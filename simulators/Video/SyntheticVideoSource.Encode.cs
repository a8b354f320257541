using Vms.Rtsp.Media;
using Vms.Simulators.Video.Rendering;

namespace Vms.Simulators.Video;

/// <summary>Producing one frame: IDR decision, pending settings, render, encode.</summary>
public sealed partial class SyntheticVideoSource
{
    private AccessUnit EncodeFrame(long index, DateTimeOffset captureTime, long pts)
    {
        var isIdr = _keyframeRequested || index - _lastIdrIndex >= _settings.GopFrames || _lastIdrIndex == long.MinValue;
        if (isIdr)
        {
            _keyframeRequested = false;
            _lastIdrIndex = index;
            if (_pending is { } pending)
            {
                _pending = null;
                ApplySettings(pending, index);
                captureTime = DueTime(index);
                pts = Pts(index);
            }
        }

        var state = _scene.State;
        _renderer.Render(state, captureTime, index);
        var nalUnits = new List<ReadOnlyMemory<byte>>(isIdr ? 6 : 2);
        var stats = _encoder.Encode(_renderer, isIdr, nalUnits);
        var bytes = 0L;
        foreach (var nal in nalUnits)
        {
            bytes += nal.Length;
        }

        _statistics = _statistics with
        {
            Frames = _statistics.Frames + 1,
            Keyframes = _statistics.Keyframes + (isIdr ? 1 : 0),
            Bytes = _statistics.Bytes + bytes,
            PcmMacroblocks = _statistics.PcmMacroblocks + stats.Pcm,
            IntraMacroblocks = _statistics.IntraMacroblocks + stats.Intra16x16,
            RefreshMacroblocks = _statistics.RefreshMacroblocks + stats.Refreshed,
            SkippedMacroblocks = _statistics.SkippedMacroblocks + stats.Skipped,
        };

        if (isIdr && !_warnedBelowTarget && _encoder.Bitrate.AtDebtCap)
        {
            _warnedBelowTarget = true;
            VideoSourceLog.TargetBelowScene(_logger, state.Name, _settings.BitrateKbps, _settings.Width, _settings.Height);
        }

        return new AccessUnit(CodecId.H264, nalUnits.ToArray(), pts, pts, isIdr, captureTime);
    }

    private void ApplySettings(VideoStreamSettings settings, long index)
    {
        var old = _settings;
        _settings = settings;
        _warnedBelowTarget = false;
        if (settings.Width != old.Width || settings.Height != old.Height)
        {
            _renderer = new SceneRenderer(settings.Width, settings.Height);
        }

        if (settings.Width != old.Width || settings.Height != old.Height || settings.FramesPerSecond != old.FramesPerSecond || settings.Profile != old.Profile)
        {
            _encoder = CreateEncoder(settings);
        }
        else
        {
            _encoder.Reconfigure(settings.BitrateKbps, settings.GopFrames);
        }

        if (settings.FramesPerSecond != _fps)
        {
            ChangeRate(index, settings.FramesPerSecond);
        }

        VideoSourceLog.SettingsApplied(_logger, _scene.State.Name, settings.Width, settings.Height, settings.FramesPerSecond, settings.GopFrames, settings.BitrateKbps, index);
    }
}
