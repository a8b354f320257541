using System.Net;
using System.Net.Sockets;
using System.Xml.Linq;
using Vms.Onvif.Security;
using Vms.Onvif.Soap;

namespace Vms.Onvif.Server;

/// <summary>What a handler sees of one request: the body, the authenticated user, where the request arrived
/// (to build XAddrs), the device clock and the cancellation of the request.</summary>
public sealed class SoapRequestContext
{
    private readonly List<XElement> _responseHeaders = [];

    internal SoapRequestContext(SoapHttpRequest request, SoapEnvelope envelope, OnvifUser user, OnvifAccessClass access, TimeProvider clock, CancellationToken cancellationToken)
    {
        Request = request;
        Envelope = envelope;
        User = user;
        Access = access;
        Clock = clock;
        CancellationToken = cancellationToken;
    }

    public SoapHttpRequest Request { get; }

    public SoapEnvelope Envelope { get; }

    /// <summary>The operation element (first child of Body).</summary>
    public XElement Body => Envelope.Body!;

    /// <summary>The authenticated user; <see cref="OnvifUser.Anonymous"/> for PRE_AUTH calls without credentials.</summary>
    public OnvifUser User { get; }

    public OnvifAccessClass Access { get; }

    /// <summary>The device clock (the same one authentication used).</summary>
    public TimeProvider Clock { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>The request path (subscription managers are addressed by path).</summary>
    public string Path => Request.Path;

    /// <summary>Header blocks to put on the response envelope (e.g. WS-Addressing Action for events).</summary>
    public IReadOnlyList<XElement> ResponseHeaders => _responseHeaders;

    public void AddResponseHeader(XElement header) => _responseHeaders.Add(header);

    /// <summary>
    /// <c>http(s)://host[:port]</c> as the client reached us: the Host header when present and valid, else the local
    /// endpoint of the connection (never a wildcard bind address).
    /// </summary>
    public string BaseAddress => BuildBaseAddress(Request);

    /// <summary>An absolute XAddr for <paramref name="path"/> (e.g. <c>/onvif/media</c>) as seen by this client.</summary>
    public string XAddr(string path) => BaseAddress + (path.StartsWith('/') ? path : "/" + path);

    internal static string BuildBaseAddress(SoapHttpRequest request)
    {
        var scheme = request.IsHttps ? "https" : "http";
        if (!string.IsNullOrWhiteSpace(request.Host) && Uri.TryCreate($"{scheme}://{request.Host.Trim()}/", UriKind.Absolute, out var fromHost)
            && fromHost.PathAndQuery == "/" && string.IsNullOrEmpty(fromHost.UserInfo))
        {
            return fromHost.GetLeftPart(UriPartial.Authority);
        }

        if (request.LocalEndPoint is { } local)
        {
            var address = local.Address.IsIPv4MappedToIPv6 ? local.Address.MapToIPv4() : local.Address;
            var host = address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
            var defaultPort = request.IsHttps ? 443 : 80;
            return local.Port == defaultPort ? $"{scheme}://{host}" : $"{scheme}://{host}:{local.Port}";
        }

        return $"{scheme}://{IPAddress.Loopback}";
    }
}
