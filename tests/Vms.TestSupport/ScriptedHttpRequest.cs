using System.Net;
using System.Text;

namespace Vms.TestSupport;

/// <summary>One HTTP/1.1 request received by <see cref="ScriptedHttpPeer"/>.</summary>
public sealed record ScriptedHttpRequest(
    string Method,
    string Target,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    byte[] Body,
    IPEndPoint LocalEndPoint,
    IPEndPoint RemoteEndPoint)
{
    /// <summary>The first value of a header (case-insensitive name), or null.</summary>
    public string? Header(string name) =>
        Headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    public string BodyText => Encoding.UTF8.GetString(Body);
}
