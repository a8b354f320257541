using System.Text.Json;
using System.Text.Json.Nodes;

namespace Vms.Host.Audit;

/// <summary>What to append to the audit log (the log adds sequence, time and hashes).</summary>
/// <param name="Action">What happened; see <see cref="AuditActions"/>.</param>
/// <param name="Actor">Login name, or <c>system</c>.</param>
/// <param name="Target">What it happened to: <c>camera:ID</c>, <c>user:NAME</c>, <c>requisition:REF</c> ...</param>
/// <param name="Details">Compact JSON object with the specifics (before/after, duration, requisition ...).</param>
/// <param name="ClientAddress">Where the request came from, when known.</param>
public sealed record AuditRecord(string Action, string Actor, string Target, string Details = "{}", string? ClientAddress = null)
{
    public const string SystemActor = "system";

    /// <summary>A record whose details are the given name/value pairs (strings, numbers, booleans, nulls or JSON nodes).</summary>
    public static AuditRecord Of(string action, string actor, string target, string? clientAddress, params (string Name, object? Value)[] details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var json = new JsonObject();
        foreach (var (name, value) in details)
        {
            json[name] = value switch
            {
                null => null,
                JsonNode node => node.DeepClone(),
                string s => JsonValue.Create(s),
                bool b => JsonValue.Create(b),
                int i => JsonValue.Create(i),
                long l => JsonValue.Create(l),
                double d => JsonValue.Create(d),
                DateTimeOffset t => JsonValue.Create(t.ToUniversalTime()),
                TimeSpan t => JsonValue.Create(t.TotalSeconds),
                _ => JsonValue.Create(value.ToString()),
            };
        }

        return new AuditRecord(action, actor, target, json.ToJsonString(CompactJson), clientAddress);
    }

    private static readonly JsonSerializerOptions CompactJson = new() { WriteIndented = false };

    public static string CameraTarget(string cameraId) => "camera:" + cameraId;

    public static string UserTarget(string user) => "user:" + user;

    public static string RequisitionTarget(string reference) => "requisition:" + reference;
}
