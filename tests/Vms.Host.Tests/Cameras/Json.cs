using System.Text.Json;

namespace Vms.Host.Tests.Cameras;

/// <summary>The API's JSON conventions (camelCase).</summary>
internal static class Json
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
