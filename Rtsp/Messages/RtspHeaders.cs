using System.Collections;
using System.Globalization;

namespace Vms.Rtsp.Messages;

/// <summary>
/// The header fields of an RTSP message: ordered as received, names compared case-insensitively, a name may
/// occur several times. Values are kept as one string per header line (a comma-separated line is not split
/// here: the typed header parsers in <c>Vms.Rtsp.Headers</c> know where commas separate items).
/// </summary>
public sealed class RtspHeaders : IEnumerable<KeyValuePair<string, string>>
{
    private readonly List<KeyValuePair<string, string>> _fields = [];

    /// <summary>The number of header lines.</summary>
    public int Count => _fields.Count;

    /// <summary>The first value of <paramref name="name"/>, or null; setting replaces every line of that name (null removes).</summary>
    public string? this[string name]
    {
        get => Get(name);
        set
        {
            if (value is null)
            {
                Remove(name);
            }
            else
            {
                Set(name, value);
            }
        }
    }

    /// <summary>CSeq as a number; null when absent or not a valid non-negative integer.</summary>
    public int? CSeq
    {
        get => TryGetInt(RtspHeaderNames.CSeq);
        set => SetInt(RtspHeaderNames.CSeq, value);
    }

    /// <summary>The raw Session header (id and parameters); see <c>SessionHeader</c> for the typed form.</summary>
    public string? Session
    {
        get => Get(RtspHeaderNames.Session);
        set => this[RtspHeaderNames.Session] = value;
    }

    /// <summary>Content-Length; null when absent or invalid.</summary>
    public int? ContentLength
    {
        get => TryGetInt(RtspHeaderNames.ContentLength);
        set => SetInt(RtspHeaderNames.ContentLength, value);
    }

    public string? ContentType
    {
        get => Get(RtspHeaderNames.ContentType);
        set => this[RtspHeaderNames.ContentType] = value;
    }

    public string? ContentBase
    {
        get => Get(RtspHeaderNames.ContentBase);
        set => this[RtspHeaderNames.ContentBase] = value;
    }

    public string? ContentLocation
    {
        get => Get(RtspHeaderNames.ContentLocation);
        set => this[RtspHeaderNames.ContentLocation] = value;
    }

    public string? Transport
    {
        get => Get(RtspHeaderNames.Transport);
        set => this[RtspHeaderNames.Transport] = value;
    }

    /// <summary>Appends a header line.</summary>
    /// <exception cref="ArgumentException">The name is not a token or the value holds CR, LF or NUL.</exception>
    public void Add(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        if (!RtspSyntax.IsToken(name))
        {
            throw new ArgumentException($"Invalid RTSP header name '{name}'.", nameof(name));
        }

        if (!RtspSyntax.IsValidFieldValue(value))
        {
            throw new ArgumentException($"The value of header '{name}' contains CR, LF or NUL.", nameof(value));
        }

        _fields.Add(new(name, value));
    }

    /// <summary>Replaces every line named <paramref name="name"/> by one line, kept at the first one's position.</summary>
    public void Set(string name, string value)
    {
        var index = IndexOf(name);
        if (index < 0)
        {
            Add(name, value);
            return;
        }

        if (!RtspSyntax.IsValidFieldValue(value))
        {
            throw new ArgumentException($"The value of header '{name}' contains CR, LF or NUL.", nameof(value));
        }

        _fields[index] = new(_fields[index].Key, value);
        for (var i = _fields.Count - 1; i > index; i--)
        {
            if (string.Equals(_fields[i].Key, name, StringComparison.OrdinalIgnoreCase))
            {
                _fields.RemoveAt(i);
            }
        }
    }

    /// <summary>Removes every line named <paramref name="name"/>; true when there was one.</summary>
    public bool Remove(string name) =>
        _fields.RemoveAll(f => string.Equals(f.Key, name, StringComparison.OrdinalIgnoreCase)) > 0;

    public bool Contains(string name) => IndexOf(name) >= 0;

    /// <summary>The value of the first line named <paramref name="name"/>, or null.</summary>
    public string? Get(string name)
    {
        var index = IndexOf(name);
        return index < 0 ? null : _fields[index].Value;
    }

    public bool TryGetValue(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
    {
        value = Get(name);
        return value is not null;
    }

    /// <summary>The values of every line named <paramref name="name"/>, in order.</summary>
    public IReadOnlyList<string> GetValues(string name)
    {
        var result = new List<string>();
        foreach (var field in _fields)
        {
            if (string.Equals(field.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                result.Add(field.Value);
            }
        }

        return result;
    }

    public void Clear() => _fields.Clear();

    public List<KeyValuePair<string, string>>.Enumerator GetEnumerator() => _fields.GetEnumerator();

    IEnumerator<KeyValuePair<string, string>> IEnumerable<KeyValuePair<string, string>>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Adds a line the parser has already validated.</summary>
    internal void AddParsed(string name, string value) => _fields.Add(new(name, value));

    private int IndexOf(string name)
    {
        for (var i = 0; i < _fields.Count; i++)
        {
            if (string.Equals(_fields[i].Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private int? TryGetInt(string name)
    {
        var value = Get(name);
        return value is not null &&
            int.TryParse(value.AsSpan().Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : null;
    }

    private void SetInt(string name, int? value)
    {
        if (value is { } v)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(v);
            Set(name, v.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            Remove(name);
        }
    }
}
