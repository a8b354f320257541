using System.Net;

namespace Vms.Onvif.Server;

/// <summary>An HTTP request as the transport (Kestrel in the simulator, a test adapter) hands it to the dispatcher.</summary>
public sealed class SoapHttpRequest
{
    public required string Method { get; init; }

    /// <summary>The request target (path and query), e.g. <c>/onvif/device_service</c>.</summary>
    public required string Path { get; init; }

    public string? ContentType { get; init; }

    public string? Authorization { get; init; }

    /// <summary>The SOAP 1.1 <c>SOAPAction</c> header, when sent.</summary>
    public string? SoapAction { get; init; }

    /// <summary>The <c>Host</c> header (used to build XAddrs the client can reach).</summary>
    public string? Host { get; init; }

    /// <summary>The body when already buffered (ignored when <see cref="BodyStream"/> is set).</summary>
    public ReadOnlyMemory<byte> Body { get; init; }

    /// <summary>The body as a stream, read up to the size limit.</summary>
    public Stream? BodyStream { get; init; }

    public IPEndPoint? RemoteEndPoint { get; init; }

    public IPEndPoint? LocalEndPoint { get; init; }

    public bool IsHttps { get; init; }
}
