namespace Vms.Rtsp.Messages;

/// <summary>An RTSP response: <c>RTSP/1.0 code reason</c>, headers, optional body.</summary>
public sealed class RtspResponse : RtspMessage
{
    /// <param name="statusCode">100–599 (see <see cref="RtspStatusCodes"/>).</param>
    /// <param name="reasonPhrase">The reason phrase; the standard one when null.</param>
    public RtspResponse(int statusCode, string? reasonPhrase = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 100);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        reasonPhrase ??= RtspStatusCodes.GetReasonPhrase(statusCode);
        if (reasonPhrase.AsSpan().IndexOfAny('\r', '\n', '\0') >= 0)
        {
            throw new ArgumentException("The reason phrase must not contain line breaks.", nameof(reasonPhrase));
        }

        StatusCode = statusCode;
        ReasonPhrase = reasonPhrase;
    }

    public int StatusCode { get; }

    public string ReasonPhrase { get; }

    public bool IsSuccess => StatusCode is >= 200 and < 300;

    /// <summary>A response to <paramref name="request"/> carrying its CSeq.</summary>
    public static RtspResponse For(RtspRequest request, int statusCode, string? reasonPhrase = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = new RtspResponse(statusCode, reasonPhrase);
        if (request.Headers.Get(RtspHeaderNames.CSeq) is { } cseq)
        {
            response.Headers.Add(RtspHeaderNames.CSeq, cseq);
        }

        return response;
    }

    public override string ToString() => $"{Version} {StatusCode} {ReasonPhrase}";
}
