using Microsoft.Extensions.Logging;

namespace Vms.Onvif.Server;

/// <summary>Log messages of the dispatcher (event ids 3200-3249).</summary>
internal static partial class SoapDispatcherLog
{
    [LoggerMessage(EventId = 3200, Level = LogLevel.Debug, Message = "SOAP request {Method} {Path} from {Remote} refused with HTTP {Status}: {Reason}")]
    public static partial void Refused(this ILogger logger, string method, string path, System.Net.IPEndPoint? remote, int status, object reason);

    [LoggerMessage(EventId = 3201, Level = LogLevel.Information, Message = "HTTP Digest authentication of '{User}' from {Remote} failed: {Failure}")]
    public static partial void DigestFailed(this ILogger logger, string? user, System.Net.IPEndPoint? remote, Security.HttpDigestFailure failure);

    [LoggerMessage(EventId = 3205, Level = LogLevel.Information, Message = "UsernameToken authentication of '{User}' from {Remote} failed: {Failure}")]
    public static partial void UsernameTokenFailed(this ILogger logger, string? user, System.Net.IPEndPoint? remote, Security.UsernameTokenFailure failure);

    [LoggerMessage(EventId = 3206, Level = LogLevel.Information, Message = "'{User}' ({Level}) from {Remote} may not call {Access} operations")]
    public static partial void PolicyRefused(this ILogger logger, string user, Security.OnvifUserLevel level, System.Net.IPEndPoint? remote, OnvifAccessClass access);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Error, Message = "Handler of {Operation} failed")]
    public static partial void HandlerFailed(this ILogger logger, string operation, Exception exception);

    [LoggerMessage(EventId = 3203, Level = LogLevel.Debug, Message = "{Operation} by '{User}' answered with HTTP {Status}")]
    public static partial void Answered(this ILogger logger, string operation, string user, int status);

    [LoggerMessage(EventId = 3204, Level = LogLevel.Debug, Message = "{Operation} answered with fault {Fault}")]
    public static partial void Faulted(this ILogger logger, string operation, Soap.SoapFault fault);
}
