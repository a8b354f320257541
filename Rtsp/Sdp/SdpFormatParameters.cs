using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Vms.Rtsp.Sdp;

/// <summary>
/// <c>a=fmtp:&lt;format&gt; key=value;key=value</c>. Keys are case-insensitive and kept in order; values are
/// split at the first '=' only (base64 padding survives); spaces around ';' and a trailing ';' are tolerated.
/// </summary>
public sealed class SdpFormatParameters
{
    private readonly List<KeyValuePair<string, string>> _parameters;

    public SdpFormatParameters(string format, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        Format = SdpText.CheckField(format, "format");
        _parameters = [.. parameters];
    }

    public string Format { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Parameters => _parameters;

    public string? this[string key]
    {
        get
        {
            foreach (var (k, v) in _parameters)
            {
                if (string.Equals(k, key, StringComparison.OrdinalIgnoreCase))
                {
                    return v;
                }
            }

            return null;
        }
    }

    public static bool TryParse(string? value, [NotNullWhen(true)] out SdpFormatParameters? fmtp)
    {
        fmtp = null;
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var space = text.IndexOfAny([' ', '\t']);
        var format = space < 0 ? text : text[..space];
        var parameters = new List<KeyValuePair<string, string>>();
        if (space >= 0)
        {
            foreach (var item in text[(space + 1)..].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = item.IndexOf('=', StringComparison.Ordinal);
                parameters.Add(eq < 0 ? new(item, string.Empty) : new(item[..eq].Trim(), item[(eq + 1)..].Trim()));
            }
        }

        fmtp = new SdpFormatParameters(format, parameters);
        return true;
    }

    /// <summary>The attribute value (after <c>fmtp:</c>).</summary>
    public override string ToString()
    {
        var sb = new StringBuilder(Format);
        for (var i = 0; i < _parameters.Count; i++)
        {
            sb.Append(i == 0 ? ' ' : ';').Append(_parameters[i].Key);
            if (_parameters[i].Value.Length > 0)
            {
                sb.Append('=').Append(_parameters[i].Value);
            }
        }

        return sb.ToString();
    }
}
