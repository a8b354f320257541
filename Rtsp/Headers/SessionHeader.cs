using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Vms.Rtsp.Headers;

/// <summary>The Session header: <c>id[;timeout=seconds]</c> (RFC 2326 §12.37). Other parameters are ignored.</summary>
public sealed record SessionHeader
{
    /// <summary>The timeout RFC 2326 assumes when a server states none.</summary>
    public const int DefaultTimeoutSeconds = 60;

    public SessionHeader(string id, int? timeoutSeconds = null)
    {
        if (!IsValidId(id))
        {
            throw new ArgumentException("A session id is 1–256 visible characters without ';', ',' or spaces.", nameof(id));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(timeoutSeconds ?? 0, nameof(timeoutSeconds));
        Id = id;
        TimeoutSeconds = timeoutSeconds;
    }

    public string Id { get; }

    /// <summary>The stated timeout in seconds, or null (then <see cref="DefaultTimeoutSeconds"/> applies).</summary>
    public int? TimeoutSeconds { get; }

    /// <summary>The timeout to apply (stated or default).</summary>
    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds ?? DefaultTimeoutSeconds);

    public static bool TryParse(string? text, [NotNullWhen(true)] out SessionHeader? header)
    {
        header = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var semicolon = text.IndexOf(';', StringComparison.Ordinal);
        var id = (semicolon < 0 ? text : text[..semicolon]).Trim();
        if (!IsValidId(id))
        {
            return false;
        }

        var items = semicolon < 0 ? [] : HeaderSyntax.Split(text[(semicolon + 1)..], ';');
        int? timeout = null;
        for (var i = 0; i < items.Count && i < HeaderSyntax.MaxItems; i++)
        {
            var (name, value) = HeaderSyntax.SplitParameter(items[i]);

            // some cameras write "timeout = 60" or "Timeout=60"; a broken value is ignored, not fatal
            if (string.Equals(name, "timeout", StringComparison.OrdinalIgnoreCase) && HeaderSyntax.TryParseInt(value, out var seconds))
            {
                timeout = seconds;
            }
        }

        header = new SessionHeader(id, timeout);
        return true;
    }

    public string Format()
    {
        var sb = new StringBuilder(Id);
        if (TimeoutSeconds is { } t)
        {
            sb.Append(";timeout=").Append(HeaderSyntax.Format(t));
        }

        return sb.ToString();
    }

    public override string ToString() => Format();

    private static bool IsValidId(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 256)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (c is <= ' ' or ';' or ',' or '"' or (char)127 || c > '~')
            {
                return false;
            }
        }

        return true;
    }
}
