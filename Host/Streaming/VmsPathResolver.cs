using Vms.Host.Recording;
using Vms.Rtsp.Server;
using Vms.Storage.Playback;

namespace Vms.Host.Streaming;

/// <summary>
/// What each RTSP path serves: the live stream of a camera stream's hub (404 while it is not pulled, or for an
/// unknown camera), or a new playback of its recordings from <c>?start=</c>. A bad query (start missing or
/// unreadable, end unreadable or not after start, start in the future) is refused with 400 at DESCRIBE and SETUP,
/// the reason in the body; 404 stays for unknown cameras and ranges with nothing recorded.
/// </summary>
public sealed partial class VmsPathResolver(StreamIngest ingest, RecordingStorage storage, TimeProvider time, ILoggerFactory loggers) : IRtspPathResolver
{
    private readonly ILogger _logger = loggers.CreateLogger<VmsPathResolver>();
    private readonly ILogger<PlaybackReader> _playbackLogger = loggers.CreateLogger<PlaybackReader>();

    public async ValueTask<RtspMediaSource?> ResolveAsync(RtspPathRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!StreamPath.TryParse(request.Path, out var path))
        {
            return null;
        }

        if (ingest.HasCatalog && !await ingest.IsKnownCameraAsync(path.CameraId, cancellationToken).ConfigureAwait(false))
        {
            LogUnknownCamera(_logger, path.CameraId);
            return null;
        }

        if (!path.IsPlayback)
        {
            return ingest.Find(path.Key)?.LiveStream;
        }

        if (!PlaybackQuery.TryParse(request.Query, out var query, out var error))
        {
            return Refuse(request, 400, error);
        }

        var now = time.GetUtcNow();
        if (query.Start > now)
        {
            return Refuse(request, 400, $"start {query.Start:O} is in the future (the service's clock says {now:O})");
        }

        var source = await RecordingPlaybackSource.OpenAsync(storage, path.Key, query.Start, query.End, time, _playbackLogger, cancellationToken).ConfigureAwait(false);
        if (source is null)
        {
            LogNothingRecorded(_logger, path.Key, query.Start);
            return null;
        }

        return RtspMediaSource.Playback(source);
    }

    private RtspMediaSource Refuse(RtspPathRequest request, int status, string reason)
    {
        LogRefused(_logger, request.Path, status, reason);
        throw new RtspPlaybackException(reason, status);
    }

    [LoggerMessage(EventId = 5330, Level = LogLevel.Debug, Message = "RTSP path of unknown camera {CameraId}")]
    private static partial void LogUnknownCamera(ILogger logger, string cameraId);

    [LoggerMessage(EventId = 5331, Level = LogLevel.Debug, Message = "Playback of {Stream} from {Start}: nothing recorded")]
    private static partial void LogNothingRecorded(ILogger logger, StreamKey stream, DateTimeOffset start);

    [LoggerMessage(EventId = 5332, Level = LogLevel.Information, Message = "Playback request {Path} refused ({Status}): {Reason}")]
    private static partial void LogRefused(ILogger logger, string path, int status, string reason);
}
