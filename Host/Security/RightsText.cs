namespace Vms.Host.Security;

/// <summary>Rights as written in the API and CLI: <c>live,ptz,playback</c>.</summary>
public static class RightsText
{
    private static readonly (string Name, Rights Right)[] Names =
    [
        ("live", Rights.Live), ("ptz", Rights.Ptz), ("playback", Rights.Playback),
        ("export", Rights.Export), ("configure", Rights.Configure), ("administer", Rights.Administer),
    ];

    public static string Format(Rights rights) =>
        string.Join(',', Names.Where(n => rights.HasFlag(n.Right)).Select(n => n.Name));

    public static bool TryParse(string? text, out Rights rights, out string? error)
    {
        rights = Rights.None;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "no rights given (live, ptz, playback, export, configure, administer)";
            return false;
        }

        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = Names.FirstOrDefault(n => string.Equals(n.Name, part, StringComparison.OrdinalIgnoreCase));
            if (match.Name is null)
            {
                error = $"unknown right '{part}' (live, ptz, playback, export, configure, administer)";
                return false;
            }

            rights |= match.Right;
        }

        return true;
    }
}
