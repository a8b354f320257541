namespace Vms.Onvif.Server;

/// <summary>What the transport writes back: status, content type, body and extra headers (WWW-Authenticate, Allow).</summary>
public sealed class SoapHttpResponse
{
    public required int StatusCode { get; init; }

    public string? ContentType { get; init; }

    public ReadOnlyMemory<byte> Body { get; init; }

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    /// <summary>The values of one header (e.g. the several <c>WWW-Authenticate</c> challenges).</summary>
    public IEnumerable<string> HeaderValues(string name) =>
        Headers.Where(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value);
}
