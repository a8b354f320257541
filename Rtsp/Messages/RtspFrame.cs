namespace Vms.Rtsp.Messages;

/// <summary>One unit read from an RTSP connection: a request, a response, an interleaved packet, or an error.</summary>
public readonly struct RtspFrame
{
    private RtspFrame(RtspFrameKind kind, RtspMessage? message, InterleavedFrame interleaved, RtspProtocolError? error)
    {
        Kind = kind;
        Message = message;
        Interleaved = interleaved;
        Error = error;
    }

    public RtspFrameKind Kind { get; }

    /// <summary>The request or response (null for interleaved frames and errors).</summary>
    public RtspMessage? Message { get; }

    public RtspRequest? Request => Message as RtspRequest;

    public RtspResponse? Response => Message as RtspResponse;

    /// <summary>The interleaved packet when <see cref="Kind"/> is <see cref="RtspFrameKind.Interleaved"/>.</summary>
    public InterleavedFrame Interleaved { get; }

    /// <summary>Set when the parser returned <see cref="RtspParseStatus.Error"/>.</summary>
    public RtspProtocolError? Error { get; }

    internal static RtspFrame FromMessage(RtspMessage message) =>
        new(message is RtspRequest ? RtspFrameKind.Request : RtspFrameKind.Response, message, default, null);

    internal static RtspFrame FromInterleaved(InterleavedFrame frame) => new(RtspFrameKind.Interleaved, null, frame, null);

    internal static RtspFrame FromError(RtspProtocolError error) => new(RtspFrameKind.None, null, default, error);
}
