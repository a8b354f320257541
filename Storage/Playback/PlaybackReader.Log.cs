using Microsoft.Extensions.Logging;

namespace Vms.Storage.Playback;

// Event ids 4200-4249: playback.
public sealed partial class PlaybackReader
{
    [LoggerMessage(EventId = 4200, Level = LogLevel.Debug, Message = "{Camera}/{Stream}: playback positioned at {Target:O} ({Direction})")]
    private partial void LogSeek(string camera, string stream, DateTimeOffset target, PlaybackDirection direction);

    [LoggerMessage(EventId = 4201, Level = LogLevel.Debug, Message = "{Camera}/{Stream}: no recording between {From:O} and {To:O}")]
    private partial void LogGap(string camera, string stream, DateTimeOffset from, DateTimeOffset to);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Warning, Message = "segment {Path} cannot be played; skipped")]
    private partial void LogUnreadable(string path, Exception exception);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Debug, Message = "{Camera}/{Stream}: playback reached the end of the recording")]
    private partial void LogEnded(string camera, string stream);
}
