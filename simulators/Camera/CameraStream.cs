using Vms.Rtsp.Media;
using Vms.Rtsp.Server;
using Vms.Simulators.Video;

namespace Vms.Simulators.Camera;

/// <summary>
/// One encoded stream of a camera (main or sub): a <see cref="SyntheticVideoSource"/> over the camera's shared
/// scene, published as one live <see cref="RtspStream"/> that every viewer of the path shares. The pump encodes
/// only while someone watches (or always, when asked), follows the PTZ position before each frame, and applies
/// the stream faults (stall, corrupt NAL units).
/// </summary>
internal sealed class CameraStream : IAsyncDisposable
{
    /// <summary>After a DESCRIBE/SETUP, keep encoding this long even before the viewer is attached.</summary>
    private static readonly TimeSpan DemandHold = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan IdlePoll = TimeSpan.FromMilliseconds(100);

    private readonly SimulatedCamera _camera;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly bool _alwaysEncode;
    private readonly CancellationTokenSource _stop = new();
    private long _demandUntilTicks;
    private Task? _pump;
    private long _corruptCounter;

    public CameraStream(SimulatedCamera camera, StreamKind kind, CameraScene scene, VideoStreamSettings settings, TimeProvider time, ILoggerFactory loggers, bool alwaysEncode)
    {
        _camera = camera;
        Kind = kind;
        _time = time;
        _alwaysEncode = alwaysEncode;
        _logger = loggers.CreateLogger<CameraStream>();
        Source = new SyntheticVideoSource(scene, settings, time, loggers.CreateLogger<SyntheticVideoSource>());
        Rtsp = new RtspStream([new MediaTrack(0, Source.Parameters, "trackID=0")], new RtspStreamOptions(), time, loggers.CreateLogger<RtspStream>());
    }

    public StreamKind Kind { get; }

    public SyntheticVideoSource Source { get; }

    public RtspStream Rtsp { get; }

    public bool IsEncoding { get; private set; }

    public void Start() => _pump ??= Task.Run(() => PumpAsync(_stop.Token));

    /// <summary>A viewer is coming (DESCRIBE/SETUP): encode now and start on a keyframe.</summary>
    public void Demand()
    {
        Interlocked.Exchange(ref _demandUntilTicks, (_time.GetUtcNow() + DemandHold).UtcTicks);
        Source.RequestKeyframe();
    }

    /// <summary>New coding settings: applied at a forced IDR right away (new SPS/PPS in band).</summary>
    public void Apply(VideoStreamSettings settings)
    {
        Source.UpdateSettings(settings);
        Source.RequestKeyframe();
    }

    private bool Wanted() =>
        _alwaysEncode || Rtsp.ViewerCount > 0 || _time.GetUtcNow().UtcTicks < Interlocked.Read(ref _demandUntilTicks);

    private async Task PumpAsync(CancellationToken cancellationToken)
    {
        try
        {
            // bounded by cancellation: every iteration waits for the next frame or an idle poll
            while (!cancellationToken.IsCancellationRequested)
            {
                if (!Wanted() || _camera.StreamStalled)
                {
                    IsEncoding = false;
                    await Task.Delay(IdlePoll, _time, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                if (!IsEncoding)
                {
                    IsEncoding = true;
                    Source.RequestKeyframe();
                }

                var wait = Source.NextDueTime - _time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
                }

                _camera.FollowPtz();
                if (Source.NextAccessUnit(_time.GetUtcNow()) is { } unit)
                {
                    Rtsp.Push(0, _camera.CorruptNalUnits && !unit.IsKeyframe ? Corrupt(unit) : unit);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            CameraLog.StreamFailed(_logger, _camera.Name, Kind, ex);
        }
    }

    /// <summary>A copy of the unit with bytes of each slice payload flipped (the NAL header kept, so decoders see damaged slices).</summary>
    private AccessUnit Corrupt(AccessUnit unit)
    {
        var n = Interlocked.Increment(ref _corruptCounter);
        var nals = new ReadOnlyMemory<byte>[unit.NalUnits.Count];
        for (var i = 0; i < nals.Length; i++)
        {
            var copy = unit.NalUnits[i].ToArray();
            if (copy.Length > 4 && (copy[0] & 0x1F) is 1 or 5)
            {
                for (var j = 2 + (int)(n % 3); j < copy.Length; j += 7)
                {
                    copy[j] ^= 0x5A;
                }
            }

            nals[i] = copy;
        }

        return new AccessUnit(unit.Codec, nals, unit.Pts, unit.Dts, unit.IsKeyframe, unit.WallClock);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_pump is not null)
        {
            await _pump.ConfigureAwait(false);
        }

        Rtsp.Complete("camera stopped");
        _stop.Dispose();
    }
}
