namespace Vms.Rtsp.Sdp;

/// <summary>Lookups over a list of attributes (names compared case-insensitively; the first one wins).</summary>
internal static class SdpAttributeList
{
    public static string? Get(List<SdpAttribute> attributes, string name)
    {
        foreach (var a in attributes)
        {
            if (string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return a.Value ?? string.Empty;
            }
        }

        return null;
    }

    public static IEnumerable<string> GetAll(List<SdpAttribute> attributes, string name)
    {
        foreach (var a in attributes)
        {
            if (string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                yield return a.Value ?? string.Empty;
            }
        }
    }

    public static bool Has(List<SdpAttribute> attributes, string name) => Get(attributes, name) is not null;
}
