namespace Vms.Simulators.Fleet;

/// <summary>Log messages of the camera fleet and its control API (event ids 6600-6649).</summary>
internal static partial class FleetLog
{
    [LoggerMessage(EventId = 6600, Level = LogLevel.Information, Message = "Fleet of {Count} cameras started in {Elapsed}")]
    public static partial void Started(ILogger logger, int count, TimeSpan elapsed);

    [LoggerMessage(EventId = 6601, Level = LogLevel.Information, Message = "Fleet stopped")]
    public static partial void Stopped(ILogger logger);

    [LoggerMessage(EventId = 6602, Level = LogLevel.Information, Message = "Fault control API on {Uri}")]
    public static partial void ControlListening(ILogger logger, Uri uri);

    [LoggerMessage(EventId = 6603, Level = LogLevel.Information, Message = "Control API: {Method} {Path} -> {Status}")]
    public static partial void ControlRequest(ILogger logger, string method, string path, int status);

    [LoggerMessage(EventId = 6604, Level = LogLevel.Error, Message = "Camera {Name} failed to start")]
    public static partial void CameraStartFailed(ILogger logger, string name, Exception exception);

    [LoggerMessage(EventId = 6605, Level = LogLevel.Information, Message = "WS-Discovery responder on port {Port} for {Count} cameras")]
    public static partial void DiscoveryStarted(ILogger logger, int port, int count);
}
