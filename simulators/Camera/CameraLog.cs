namespace Vms.Simulators.Camera;

/// <summary>Log messages of the simulated camera (event ids 6200-6249).</summary>
internal static partial class CameraLog
{
    [LoggerMessage(EventId = 6200, Level = LogLevel.Information, Message = "Camera {Name} ({Kind}) online: {DeviceService}, RTSP port {RtspPort}")]
    public static partial void Started(ILogger logger, string name, CameraKind kind, Uri deviceService, int rtspPort);

    [LoggerMessage(EventId = 6201, Level = LogLevel.Information, Message = "Camera {Name} stopped")]
    public static partial void Stopped(ILogger logger, string name);

    [LoggerMessage(EventId = 6202, Level = LogLevel.Information, Message = "Camera {Name} went offline")]
    public static partial void WentOffline(ILogger logger, string name);

    [LoggerMessage(EventId = 6203, Level = LogLevel.Information, Message = "Camera {Name} back online")]
    public static partial void WentOnline(ILogger logger, string name);

    [LoggerMessage(EventId = 6204, Level = LogLevel.Information, Message = "Camera {Name} rebooting for {Downtime}")]
    public static partial void Rebooting(ILogger logger, string name, TimeSpan downtime);

    [LoggerMessage(EventId = 6205, Level = LogLevel.Information, Message = "Camera {Name} dropped its RTSP connections")]
    public static partial void RtspDropped(ILogger logger, string name);

    [LoggerMessage(EventId = 6206, Level = LogLevel.Error, Message = "Camera {Name} stream {Stream} failed")]
    public static partial void StreamFailed(ILogger logger, string name, StreamKind stream, Exception exception);

    [LoggerMessage(EventId = 6207, Level = LogLevel.Information, Message = "Camera {Name} encoder {Stream} set to {Width}x{Height} {Fps} fps {BitrateKbps} kbit/s GOP {Gop}")]
    public static partial void EncoderChanged(ILogger logger, string name, StreamKind stream, int width, int height, int fps, int bitrateKbps, int gop);

    [LoggerMessage(EventId = 6208, Level = LogLevel.Information, Message = "Camera {Name} clock set, offset now {Offset}")]
    public static partial void ClockSet(ILogger logger, string name, TimeSpan offset);

    [LoggerMessage(EventId = 6209, Level = LogLevel.Debug, Message = "Camera {Name}: {Change}")]
    public static partial void ConfigurationChanged(ILogger logger, string name, string change);

    [LoggerMessage(EventId = 6210, Level = LogLevel.Warning, Message = "Camera {Name}: announcing a change to discovery failed")]
    public static partial void AnnounceFailed(ILogger logger, string name, Exception exception);
}
