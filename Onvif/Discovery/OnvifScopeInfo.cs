namespace Vms.Onvif.Discovery;

/// <summary>The ONVIF scope categories of a device, URI-decoded (<c>name/AXIS%20M1065-L</c> → "AXIS M1065-L").</summary>
public sealed record OnvifScopeInfo(
    string? Name,
    string? Hardware,
    IReadOnlyList<string> Locations,
    IReadOnlyList<string> Profiles,
    IReadOnlyList<string> Types,
    string? MacAddress,
    string? SerialNumber)
{
    private const string Prefix = "onvif://www.onvif.org/";

    /// <summary>Reads the <c>onvif://www.onvif.org/&lt;category&gt;/&lt;value&gt;</c> scopes; others are ignored.</summary>
    public static OnvifScopeInfo Parse(IEnumerable<string> scopes)
    {
        string? name = null, hardware = null, mac = null, serial = null;
        var locations = new List<string>();
        var profiles = new List<string>();
        var types = new List<string>();
        foreach (var scope in scopes)
        {
            if (!scope.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var rest = scope[Prefix.Length..];
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            if (slash <= 0 || slash == rest.Length - 1)
            {
                continue;
            }

            var value = Decode(rest[(slash + 1)..].TrimEnd('/'));
            switch (rest[..slash].ToLowerInvariant())
            {
                case "name":
                    name ??= value;
                    break;
                case "hardware":
                    hardware ??= value;
                    break;
                case "location":
                    locations.Add(value);
                    break;
                case "profile":
                    profiles.Add(value);
                    break;
                case "type":
                    types.Add(value);
                    break;
                case "macaddress":
                    mac ??= value;
                    break;
                case "serialnumber":
                    serial ??= value;
                    break;
                default:
                    break;
            }
        }

        return new OnvifScopeInfo(name, hardware, locations, profiles, types, mac, serial);
    }

    private static string Decode(string value)
    {
        try
        {
            return Uri.UnescapeDataString(value);
        }
        catch (UriFormatException)
        {
            return value;
        }
    }
}
