using System.Globalization;

namespace Vms.Rtsp.Sdp;

/// <summary>A <c>b=</c> line: <c>bwtype:kbps</c> (AS, CT, TIAS, RS, RR).</summary>
public sealed record SdpBandwidth(string Type, long Value)
{
    public override string ToString() => Type + ":" + Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Null when unreadable (ignored by the lenient reader).</summary>
    internal static SdpBandwidth? Parse(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var type = text[..colon].Trim();
        return type.Length > 0 && type.AsSpan().IndexOfAny(" \t") < 0 &&
            long.TryParse(text.AsSpan(colon + 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? new SdpBandwidth(type, value)
            : null;
    }
}
