using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Vms.Rtsp.Sdp;

/// <summary><c>a=rtpmap:&lt;pt&gt; &lt;encoding&gt;/&lt;clock rate&gt;[/&lt;channels&gt;]</c>.</summary>
public sealed record SdpRtpMap(int PayloadType, string EncodingName, int ClockRate, int? Channels = null)
{
    /// <summary>The attribute value (after <c>rtpmap:</c>).</summary>
    public override string ToString()
    {
        var text = $"{PayloadType.ToString(CultureInfo.InvariantCulture)} {EncodingName}/{ClockRate.ToString(CultureInfo.InvariantCulture)}";
        return Channels is { } c ? text + "/" + c.ToString(CultureInfo.InvariantCulture) : text;
    }

    /// <summary>Lenient: spaces around fields, any case, a missing clock rate is refused.</summary>
    public static bool TryParse(string? value, [NotNullWhen(true)] out SdpRtpMap? map)
    {
        map = null;
        var f = value is null ? [] : SdpText.Fields(value);
        if (f.Length < 2 || !int.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pt) || pt > 127)
        {
            return false;
        }

        var parts = string.Concat(f[1..]).Split('/');
        if (parts.Length < 2 || parts[0].Length == 0 ||
            !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var rate) || rate == 0)
        {
            return false;
        }

        int? channels = null;
        if (parts.Length > 2 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var ch) && ch is > 0 and < 256)
        {
            channels = ch;
        }

        map = new SdpRtpMap(pt, parts[0], rate, channels);
        return true;
    }
}
