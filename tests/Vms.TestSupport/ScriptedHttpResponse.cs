using System.Text;

namespace Vms.TestSupport;

/// <summary>What <see cref="ScriptedHttpPeer"/> answers; Content-Length is added by the peer.</summary>
public sealed record ScriptedHttpResponse(int Status, string Reason, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body)
{
    public static ScriptedHttpResponse Text(int status, string reason, string contentType, string body, params (string Name, string Value)[] headers) =>
        new(status, reason, [new("Content-Type", contentType), .. headers.Select(h => new KeyValuePair<string, string>(h.Name, h.Value))], Encoding.UTF8.GetBytes(body));

    public static ScriptedHttpResponse Bytes(int status, string reason, string? contentType, byte[] body, params (string Name, string Value)[] headers) =>
        new(status, reason, [.. (contentType is null ? [] : new[] { new KeyValuePair<string, string>("Content-Type", contentType) }), .. headers.Select(h => new KeyValuePair<string, string>(h.Name, h.Value))], body);
}
