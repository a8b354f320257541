using Microsoft.Extensions.Logging;

namespace Vms.Onvif.Client;

/// <summary>Log messages of <see cref="SoapClient"/> (event ids 3250-3299).</summary>
internal static partial class SoapClientLog
{
    [LoggerMessage(EventId = 3250, Level = LogLevel.Information, Message = "Device {Device}: clock offset {Offset} (device minus local)")]
    public static partial void ClockLearned(this ILogger logger, Uri device, TimeSpan offset);

    [LoggerMessage(EventId = 3251, Level = LogLevel.Information, Message = "Device {Device} does not speak SOAP 1.2; using SOAP 1.1")]
    public static partial void FallingBackToSoap11(this ILogger logger, Uri device);

    [LoggerMessage(EventId = 3252, Level = LogLevel.Information, Message = "Device {Device} accepts authentication {Modes}")]
    public static partial void AuthLearned(this ILogger logger, Uri device, OnvifAuthModes modes);

    [LoggerMessage(EventId = 3253, Level = LogLevel.Debug, Message = "Device {Device} refused the UsernameToken; re-learning its clock")]
    public static partial void RelearningClock(this ILogger logger, Uri device);

    [LoggerMessage(EventId = 3254, Level = LogLevel.Warning, Message = "Device {Device}: could not read its clock, UsernameTokens stamped with local time")]
    public static partial void ClockUnavailable(this ILogger logger, Uri device, Exception exception);

    [LoggerMessage(EventId = 3255, Level = LogLevel.Debug, Message = "Device {Device}: {Operation} answered HTTP {Status}")]
    public static partial void Answered(this ILogger logger, Uri device, string operation, int status);
}
