using System.Globalization;
using System.Text;

namespace Vms.Rtsp.Sdp;

/// <summary>
/// Writes SDP strictly (RFC 8866 §5): CRLF line ends and the order
/// <c>v o s i u e p c b (t r*)+ z k a* m*</c>, each media <c>m i c* b* k a*</c>. <c>v=0</c>, <c>o=</c>, <c>s=</c>
/// (<c>-</c> when empty) and at least one <c>t=</c> (<c>0 0</c>) are always written.
/// </summary>
public static class SdpWriter
{
    /// <exception cref="ArgumentException">A value holds a line break, or a word field holds a space.</exception>
    public static string Write(SessionDescription sdp)
    {
        ArgumentNullException.ThrowIfNull(sdp);
        var sb = new StringBuilder(512);
        Line(sb, 'v', "0");
        var o = sdp.Origin;
        Line(sb, 'o', string.Join(' ',
            SdpText.CheckField(o.Username, "origin username"), SdpText.CheckField(o.SessionId, "session id"),
            SdpText.CheckField(o.SessionVersion, "session version"), SdpText.CheckField(o.NetworkType, "network type"),
            SdpText.CheckField(o.AddressType, "address type"), SdpText.CheckField(o.Address, "origin address")));
        Line(sb, 's', string.IsNullOrEmpty(sdp.SessionName) ? "-" : sdp.SessionName);
        Optional(sb, 'i', sdp.Information);
        Optional(sb, 'u', sdp.Uri);
        sdp.Emails.ForEach(e => Line(sb, 'e', e));
        sdp.Phones.ForEach(p => Line(sb, 'p', p));
        Connection(sb, sdp.Connection);
        sdp.Bandwidths.ForEach(b => Bandwidth(sb, b));
        if (sdp.Timings.Count == 0)
        {
            Line(sb, 't', "0 0");
        }

        foreach (var t in sdp.Timings)
        {
            Line(sb, 't', t.ToString());
            t.Repeats.ForEach(r => Line(sb, 'r', r));
        }

        Optional(sb, 'z', sdp.TimeZones);
        Optional(sb, 'k', sdp.EncryptionKey);
        sdp.Attributes.ForEach(a => Attribute(sb, a));
        foreach (var m in sdp.Media)
        {
            var port = m.Port.ToString(CultureInfo.InvariantCulture) +
                (m.PortCount is { } n ? "/" + n.ToString(CultureInfo.InvariantCulture) : string.Empty);
            Line(sb, 'm', string.Join(' ', [m.MediaType, port, m.Protocol, .. m.Formats]));
            Optional(sb, 'i', m.Information);
            m.Connections.ForEach(c => Connection(sb, c));
            m.Bandwidths.ForEach(b => Bandwidth(sb, b));
            Optional(sb, 'k', m.EncryptionKey);
            m.Attributes.ForEach(a => Attribute(sb, a));
        }

        return sb.ToString();
    }

    /// <summary>The description as UTF-8 bytes (an RTSP body).</summary>
    public static byte[] ToBytes(SessionDescription sdp) => Encoding.UTF8.GetBytes(Write(sdp));

    private static void Connection(StringBuilder sb, SdpConnection? c)
    {
        if (c is not null)
        {
            Line(sb, 'c', string.Join(' ', SdpText.CheckField(c.NetworkType, "network type"),
                SdpText.CheckField(c.AddressType, "address type"), SdpText.CheckField(c.Address, "connection address")));
        }
    }

    private static void Bandwidth(StringBuilder sb, SdpBandwidth b)
    {
        if (b.Type.Length == 0 || b.Type.AsSpan().IndexOfAny(": \t") >= 0 || b.Value < 0)
        {
            throw new ArgumentException("Invalid SDP bandwidth " + b);
        }

        Line(sb, 'b', b.ToString());
    }

    private static void Attribute(StringBuilder sb, SdpAttribute a)
    {
        if (a.Name.Length == 0 || a.Name.AsSpan().IndexOfAny(": \t") >= 0)
        {
            throw new ArgumentException($"Invalid SDP attribute name '{a.Name}'.");
        }

        Line(sb, 'a', a.ToString());
    }

    private static void Optional(StringBuilder sb, char type, string? value)
    {
        if (value is not null)
        {
            Line(sb, type, value);
        }
    }

    private static void Line(StringBuilder sb, char type, string value) =>
        sb.Append(type).Append('=').Append(SdpText.CheckValue(value, type + "= value")).Append("\r\n");
}
