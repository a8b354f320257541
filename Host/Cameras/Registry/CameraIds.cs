using System.Text;

namespace Vms.Host.Cameras.Registry;

/// <summary>Camera ids: URL-safe slugs (<c>a-z 0-9 -</c>, 1–64 characters, starting with a letter or digit), chosen or derived from the name.</summary>
public static class CameraIds
{
    public const int MaxLength = 64;

    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxLength || id[0] == '-' || id[^1] == '-')
        {
            return false;
        }

        foreach (var c in id)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Place de la Mairie (Nord)" → <c>place-de-la-mairie-nord</c>; accents dropped; "camera" when nothing is left.</summary>
    public static string FromName(string? name)
    {
        var text = name ?? string.Empty;
        var slug = new StringBuilder(Math.Min(text.Length, MaxLength));
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                slug.Append(lower);
            }
            else if (Fold(lower) is { } folded)
            {
                slug.Append(folded);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }

            if (slug.Length >= MaxLength - 4)
            {
                break;
            }
        }

        var result = slug.ToString().Trim('-');
        return result.Length == 0 ? "camera" : result;
    }

    /// <summary>Latin letters with diacritics as plain letters (table-driven: no dependency on ICU being present).</summary>
    private static string? Fold(char c) => c switch
    {
        'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' => "a",
        'æ' => "ae",
        'ç' => "c",
        'è' or 'é' or 'ê' or 'ë' => "e",
        'ì' or 'í' or 'î' or 'ï' => "i",
        'ñ' => "n",
        'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' => "o",
        'œ' => "oe",
        'ù' or 'ú' or 'û' or 'ü' => "u",
        'ý' or 'ÿ' => "y",
        'ß' => "ss",
        _ => null,
    };

    /// <summary>The slug, or the slug with <c>-2</c>, <c>-3</c>… appended until <paramref name="taken"/> says no.</summary>
    public static string Unique(string slug, Func<string, bool> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        if (!taken(slug))
        {
            return slug;
        }

        for (var n = 2; n < 10_000; n++)
        {
            var candidate = $"{slug}-{n}";
            if (!taken(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"no free id derived from '{slug}'");
    }
}
