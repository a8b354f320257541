using Vms.Rtsp.Messages;

namespace Vms.Rtsp.Server;

/// <summary>Error and protocol responses the server sends.</summary>
internal static class ResponseFactory
{
    /// <summary>The methods this server answers, for Public and Allow.</summary>
    public const string PublicMethods = "OPTIONS, DESCRIBE, SETUP, PLAY, PAUSE, TEARDOWN, GET_PARAMETER, SET_PARAMETER";

    /// <summary>A refusal of <paramref name="request"/> (its CSeq echoed); the detail is logged, not sent.</summary>
    public static RtspResponse Error(RtspRequest? request, int status, string detail, string serverName)
    {
        _ = detail;
        var response = request is null ? new RtspResponse(status) : RtspResponse.For(request, status);
        response.Headers.Set(RtspHeaderNames.Server, serverName);
        if (status == RtspStatusCodes.MethodNotAllowed)
        {
            response.Headers.Set("Allow", PublicMethods);
        }

        return response;
    }
}
