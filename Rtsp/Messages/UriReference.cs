using System.Text;

namespace Vms.Rtsp.Messages;

/// <summary>The five components of a URI reference (RFC 3986 §3, split as in Appendix B) and their recomposition (§5.3).</summary>
internal readonly record struct UriReference(string? Scheme, string? Authority, string Path, string? Query, string? Fragment)
{
    public static UriReference Parse(string text)
    {
        string? scheme = null;
        var rest = text.AsSpan();
        var colon = rest.IndexOfAny(":/?#");
        if (colon > 0 && rest[colon] == ':' && IsScheme(rest[..colon]))
        {
            scheme = rest[..colon].ToString();
            rest = rest[(colon + 1)..];
        }

        string? fragment = null;
        var hash = rest.IndexOf('#');
        if (hash >= 0)
        {
            fragment = rest[(hash + 1)..].ToString();
            rest = rest[..hash];
        }

        string? query = null;
        var question = rest.IndexOf('?');
        if (question >= 0)
        {
            query = rest[(question + 1)..].ToString();
            rest = rest[..question];
        }

        string? authority = null;
        if (rest.StartsWith("//"))
        {
            rest = rest[2..];
            var slash = rest.IndexOf('/');
            authority = (slash < 0 ? rest : rest[..slash]).ToString();
            rest = slash < 0 ? [] : rest[slash..];
        }

        return new UriReference(scheme, authority, rest.ToString(), query, fragment);
    }

    public override string ToString()
    {
        var sb = new StringBuilder();
        if (Scheme is not null)
        {
            sb.Append(Scheme).Append(':');
        }

        if (Authority is not null)
        {
            sb.Append("//").Append(Authority);
        }

        sb.Append(Path);
        if (Query is not null)
        {
            sb.Append('?').Append(Query);
        }

        if (Fragment is not null)
        {
            sb.Append('#').Append(Fragment);
        }

        return sb.ToString();
    }

    /// <summary>RFC 3986 §5.2.2 (strict): the target of <paramref name="reference"/> against this base.</summary>
    public UriReference Resolve(UriReference reference)
    {
        if (reference.Scheme is not null)
        {
            return reference with { Path = RemoveDotSegments(reference.Path) };
        }

        if (reference.Authority is not null)
        {
            return reference with { Scheme = Scheme, Path = RemoveDotSegments(reference.Path) };
        }

        string path;
        var query = reference.Query;
        if (reference.Path.Length == 0)
        {
            path = Path;
            query ??= Query;
        }
        else if (reference.Path[0] == '/')
        {
            path = RemoveDotSegments(reference.Path);
        }
        else
        {
            path = RemoveDotSegments(Merge(reference.Path));
        }

        return new UriReference(Scheme, Authority, path, query, reference.Fragment);
    }

    /// <summary>RFC 3986 §5.2.4.</summary>
    public static string RemoveDotSegments(string path)
    {
        if (!path.Contains('.', StringComparison.Ordinal))
        {
            return path;
        }

        var input = path;
        var output = new StringBuilder(path.Length);
        for (var guard = 0; input.Length > 0 && guard <= path.Length + 1; guard++)
        {
            if (input.StartsWith("../", StringComparison.Ordinal))
            {
                input = input[3..];
            }
            else if (input.StartsWith("./", StringComparison.Ordinal))
            {
                input = input[2..];
            }
            else if (input.StartsWith("/./", StringComparison.Ordinal))
            {
                input = input[2..];
            }
            else if (input == "/.")
            {
                input = "/";
            }
            else if (input.StartsWith("/../", StringComparison.Ordinal) || input == "/..")
            {
                input = input == "/.." ? "/" : input[3..];
                var last = output.ToString().LastIndexOf('/');
                output.Length = Math.Max(last, 0);
            }
            else if (input is "." or "..")
            {
                input = string.Empty;
            }
            else
            {
                var next = input.IndexOf('/', input[0] == '/' ? 1 : 0);
                var segment = next < 0 ? input : input[..next];
                output.Append(segment);
                input = input[segment.Length..];
            }
        }

        return output.ToString();
    }

    private string Merge(string referencePath)
    {
        if (Authority is not null && Path.Length == 0)
        {
            return "/" + referencePath;
        }

        var slash = Path.LastIndexOf('/');
        return slash < 0 ? referencePath : Path[..(slash + 1)] + referencePath;
    }

    private static bool IsScheme(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || !char.IsAsciiLetter(s[0]))
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
