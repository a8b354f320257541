namespace Vms.Rtsp.Messages;

/// <summary>What requests and responses share: the protocol version, the header fields and the body.</summary>
public abstract class RtspMessage
{
    /// <summary>The only protocol version this layer speaks.</summary>
    public const string Version10 = "RTSP/1.0";

    /// <summary>The protocol version written on the start line (always <see cref="Version10"/> for parsed messages).</summary>
    public string Version { get; init; } = Version10;

    /// <summary>The header fields, in order.</summary>
    public RtspHeaders Headers { get; } = new();

    /// <summary>The body (e.g. an SDP). The writer emits a matching Content-Length when it is not empty.</summary>
    public ReadOnlyMemory<byte> Body { get; set; } = ReadOnlyMemory<byte>.Empty;

    /// <summary>The body decoded as UTF-8.</summary>
    public string BodyText => System.Text.Encoding.UTF8.GetString(Body.Span);

    /// <summary>The CSeq header (shortcut for <c>Headers.CSeq</c>).</summary>
    public int? CSeq
    {
        get => Headers.CSeq;
        set => Headers.CSeq = value;
    }

    /// <summary>Sets the body and its Content-Type from text.</summary>
    public void SetBody(string contentType, string text)
    {
        Headers.ContentType = contentType;
        Body = System.Text.Encoding.UTF8.GetBytes(text);
    }
}
