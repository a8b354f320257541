using System.Text.Json;

namespace Vms.Host.Api;

/// <summary>
/// Answers what a route handler did not: a body or parameter the framework could not bind (malformed JSON, a value
/// of the wrong type) is a 400 problem details saying what was wrong, and any other failure a 500 problem details,
/// logged with its exception, instead of an empty answer.
/// </summary>
internal sealed partial class ApiErrorMiddleware(ILogger logger)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            var detail = Describe(e);
            LogBadRequest(context.Request.Method, context.Request.Path, detail);
            var title = e.StatusCode == StatusCodes.Status400BadRequest ? "Bad request" : "Request refused";
            await ApiProblems.Problem(e.StatusCode, title, detail).ExecuteAsync(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // the client went away: nobody to answer
        }
        catch (Exception e) when (!context.Response.HasStarted && e is not OperationCanceledException)
        {
            LogFailed(e, context.Request.Method, context.Request.Path);
            await ApiProblems.Problem(StatusCodes.Status500InternalServerError, "Internal error", "the request failed inside the service; its log has the details").ExecuteAsync(context).ConfigureAwait(false);
        }
    }

    /// <summary>The reason for a request the framework could not bind, with the JSON reader's position when the body was at fault.</summary>
    internal static string Describe(BadHttpRequestException exception) => exception switch
    {
        { InnerException: JsonException json } => "the request body is not the JSON this route takes: " + json.Message,
        _ => exception.Message,
    };

    [LoggerMessage(EventId = 5010, Level = LogLevel.Debug, Message = "API {Method} {Path}: 400, {Detail}")]
    private partial void LogBadRequest(string method, PathString path, string detail);

    [LoggerMessage(EventId = 5011, Level = LogLevel.Error, Message = "API {Method} {Path} failed")]
    private partial void LogFailed(Exception exception, string method, PathString path);
}
