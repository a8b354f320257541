using Vms.Rtsp.Messages;

namespace Vms.Rtsp.Server;

/// <summary>A <c>Require</c>d feature this resource does not offer: 551 with the tags in <c>Unsupported</c> (RFC 2326 §12.32).</summary>
internal sealed class RtspOptionNotSupportedException(IReadOnlyList<string> tags, string message)
    : RtspRequestException(RtspStatusCodes.OptionNotSupported, message)
{
    public IReadOnlyList<string> Tags { get; } = tags;

    /// <summary>The refusal of <paramref name="request"/> for <paramref name="exception"/>, with Unsupported when it is a 551.</summary>
    public static RtspResponse Refusal(RtspRequest request, RtspRequestException exception, string serverName)
    {
        var response = ResponseFactory.Error(request, exception.StatusCode, exception.Message, serverName);
        if (exception is RtspOptionNotSupportedException unsupported)
        {
            response.Headers.Set(RtspHeaderNames.Unsupported, string.Join(", ", unsupported.Tags));
        }

        return response;
    }
}
