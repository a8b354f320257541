using Microsoft.Extensions.Logging.Abstractions;
using Vms.Rtsp.Media;
using Vms.Simulators.Video.Encoding;
using Vms.Simulators.Video.Rendering;

namespace Vms.Simulators.Video;

/// <summary>
/// One synthetic H.264 stream of a camera: renders the <see cref="CameraScene"/> at the stream's size and
/// encodes it, one <see cref="AccessUnit"/> per frame on a schedule driven by the injected
/// <see cref="TimeProvider"/>. Pull frames with <see cref="NextAccessUnit"/> or consume
/// <see cref="ReadAllAsync"/>. Every IDR access unit carries SPS and PPS in-band; timestamps are 90 kHz,
/// wall clock is the frame's capture time (the time drawn on the picture).
/// </summary>
/// <remarks>
/// One consumer at a time produces frames (calls are serialized internally); <see cref="UpdateSettings"/>,
/// <see cref="RequestKeyframe"/> and scene updates may come from any thread.
/// </remarks>
public sealed partial class SyntheticVideoSource
{
    private readonly Lock _gate = new();
    private readonly CameraScene _scene;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private VideoStreamSettings _settings;
    private VideoStreamSettings? _pending;
    private volatile bool _keyframeRequested;
    private H264StreamEncoder _encoder;
    private SceneRenderer _renderer;
    private long _lastIdrIndex = long.MinValue;
    private bool _warnedBelowTarget;
    private VideoSourceStatistics _statistics;

    public SyntheticVideoSource(CameraScene scene, VideoStreamSettings settings, TimeProvider timeProvider, ILogger<SyntheticVideoSource>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(timeProvider);
        settings.Validate();
        _scene = scene;
        _time = timeProvider;
        _logger = logger ?? NullLogger<SyntheticVideoSource>.Instance;
        _settings = settings;
        _encoder = CreateEncoder(settings);
        _renderer = new SceneRenderer(settings.Width, settings.Height);
        _anchorTime = timeProvider.GetUtcNow();
        _fps = settings.FramesPerSecond;
        VideoSourceLog.Configured(_logger, scene.State.Name, settings.Width, settings.Height, settings.FramesPerSecond, settings.GopFrames, settings.BitrateKbps, settings.Profile, _encoder.Configuration.LevelIdc / 10.0);
    }

    /// <summary>The scene this stream shows.</summary>
    public CameraScene Scene => _scene;

    /// <summary>The settings of the access units being produced (pending changes apply at the next IDR).</summary>
    public VideoStreamSettings Settings
    {
        get
        {
            lock (_gate)
            {
                return _settings;
            }
        }
    }

    /// <summary>SPS and PPS of the access units being produced (for SDP sprop-parameter-sets / avcC).</summary>
    public H264Parameters Parameters
    {
        get
        {
            lock (_gate)
            {
                return _encoder.Parameters;
            }
        }
    }

    public VideoSourceStatistics Statistics
    {
        get
        {
            lock (_gate)
            {
                return _statistics;
            }
        }
    }

    /// <summary>
    /// Replaces the settings. They take effect at the next IDR, the GOP's own or one forced with
    /// <see cref="RequestKeyframe"/>: new size and frame rate start a new coded sequence with new parameter sets.
    /// </summary>
    public void UpdateSettings(VideoStreamSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        lock (_gate)
        {
            _pending = settings;
        }
    }

    /// <summary>Makes the next frame an IDR (a viewer joined, a decoder lost sync, settings must apply now).</summary>
    public void RequestKeyframe()
    {
        _keyframeRequested = true;
        VideoSourceLog.KeyframeRequested(_logger, _scene.State.Name);
    }

    /// <summary>The last produced picture as a baseline JPEG (what viewers of the stream see now; before the first frame, the scene now).</summary>
    public byte[] CaptureJpeg(int quality = SnapshotEncoder.DefaultQuality)
    {
        lock (_gate)
        {
            if (_statistics.Frames == 0)
            {
                _renderer.Render(_scene.State, _time.GetUtcNow(), 0);
            }

            return Jpeg.JpegEncoder.Encode(_renderer.Frame, quality);
        }
    }

    /// <summary>A copy of the last produced picture as packed I420 (visible size), as a decoder would output it.</summary>
    internal byte[] CopyCurrentPicture()
    {
        lock (_gate)
        {
            return _renderer.Frame.ToI420();
        }
    }

    private static H264StreamEncoder CreateEncoder(VideoStreamSettings s) =>
        new(new EncoderConfiguration(s.Width, s.Height, s.FramesPerSecond, s.BitrateKbps, s.Profile), s.BitrateKbps, s.GopFrames);
}
