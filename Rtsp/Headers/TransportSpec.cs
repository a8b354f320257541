using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Vms.Rtsp.Headers;

/// <summary>
/// One transport specification of a Transport header (RFC 2326 §12.39), e.g.
/// <c>RTP/AVP/TCP;unicast;interleaved=0-1</c> or <c>RTP/AVP;unicast;client_port=5000-5001;server_port=6970-6971;ssrc=1A2B3C4D;mode=PLAY</c>.
/// </summary>
/// <remarks>Parameter names and the protocol are case-insensitive on input; <see cref="Format"/> writes them in
/// one canonical order. Unknown parameters are kept in <see cref="Extensions"/> and written back at the end.</remarks>
public sealed record TransportSpec
{
    /// <summary>Transport and profile, upper case (<c>RTP/AVP</c>, <c>RTP/AVPF</c>, <c>RTP/SAVP</c>).</summary>
    public string Profile { get; init; } = "RTP/AVP";

    /// <summary>The lower transport when stated (absent means UDP).</summary>
    public TransportLowerProtocol? LowerTransport { get; init; }

    /// <summary>True for <c>multicast</c>, false for <c>unicast</c>, null when neither is stated.</summary>
    public bool? IsMulticast { get; init; }

    public string? Destination { get; init; }

    public string? Source { get; init; }

    /// <summary>Channels for <c>$</c>-framed packets on the RTSP connection (0–255).</summary>
    public PortRange? Interleaved { get; init; }

    public bool Append { get; init; }

    public int? Ttl { get; init; }

    public int? Layers { get; init; }

    /// <summary>Multicast port pair.</summary>
    public PortRange? Port { get; init; }

    public PortRange? ClientPort { get; init; }

    public PortRange? ServerPort { get; init; }

    public uint? Ssrc { get; init; }

    /// <summary>PLAY or RECORD (upper case, without quotes).</summary>
    public string? Mode { get; init; }

    /// <summary>Parameters this model does not know, in order, values as written (null for a bare flag).</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> Extensions { get; init; } = [];

    /// <summary>True when packets travel on the RTSP connection.</summary>
    public bool IsTcp => LowerTransport == TransportLowerProtocol.Tcp;

    public static bool TryParse(string? text, [NotNullWhen(true)] out TransportSpec? spec)
    {
        spec = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (!HeaderSyntax.HasBalancedQuotes(text))
        {
            return false;
        }

        var items = HeaderSyntax.Split(text, ';');
        if (items.Count == 0 || items.Count > HeaderSyntax.MaxItems || !TryParseProtocol(items[0], out var profile, out var lower))
        {
            return false;
        }

        var result = new TransportSpec { Profile = profile, LowerTransport = lower };
        var extensions = new List<KeyValuePair<string, string?>>();
        for (var i = 1; i < items.Count; i++)
        {
            var (name, raw) = HeaderSyntax.SplitRaw(items[i]);
            if (!TryApply(ref result, name.ToLowerInvariant(), raw is null ? null : HeaderSyntax.Unquote(raw)))
            {
                if (name.Length == 0)
                {
                    return false;
                }

                extensions.Add(new(name, raw));
            }
        }

        spec = extensions.Count == 0 ? result : result with { Extensions = extensions };
        return true;
    }

    public string Format()
    {
        var sb = new StringBuilder(Profile);
        if (LowerTransport is { } lower)
        {
            sb.Append(lower == TransportLowerProtocol.Tcp ? "/TCP" : "/UDP");
        }

        if (IsMulticast is { } multicast)
        {
            sb.Append(multicast ? ";multicast" : ";unicast");
        }

        AppendParameter(sb, "destination", Destination);
        AppendParameter(sb, "source", Source);
        AppendParameter(sb, "interleaved", Interleaved?.ToString());
        if (Append)
        {
            sb.Append(";append");
        }

        AppendParameter(sb, "ttl", Ttl is { } ttl ? HeaderSyntax.Format(ttl) : null);
        AppendParameter(sb, "layers", Layers is { } layers ? HeaderSyntax.Format(layers) : null);
        AppendParameter(sb, "port", Port?.ToString());
        AppendParameter(sb, "client_port", ClientPort?.ToString());
        AppendParameter(sb, "server_port", ServerPort?.ToString());
        AppendParameter(sb, "ssrc", Ssrc?.ToString("X8", CultureInfo.InvariantCulture));
        AppendParameter(sb, "mode", Mode);
        foreach (var (name, value) in Extensions)
        {
            sb.Append(';').Append(name);
            if (value is not null)
            {
                sb.Append('=').Append(value);
            }
        }

        return sb.ToString();
    }

    public override string ToString() => Format();

    public bool Equals(TransportSpec? other) =>
        other is not null && Profile == other.Profile && LowerTransport == other.LowerTransport &&
        IsMulticast == other.IsMulticast && Destination == other.Destination && Source == other.Source &&
        Interleaved == other.Interleaved && Append == other.Append && Ttl == other.Ttl && Layers == other.Layers &&
        Port == other.Port && ClientPort == other.ClientPort && ServerPort == other.ServerPort &&
        Ssrc == other.Ssrc && Mode == other.Mode && ListEquality.Equal(Extensions, other.Extensions);

    public override int GetHashCode() => HashCode.Combine(Profile, LowerTransport, Interleaved, ClientPort, ServerPort, Ssrc);

    private static bool TryParseProtocol(string text, out string profile, out TransportLowerProtocol? lower)
    {
        profile = string.Empty;
        lower = null;
        var parts = text.Split('/');
        if (parts.Length is < 2 or > 3 || !parts.All(p => Messages.RtspSyntax.IsToken(p)))
        {
            return false;
        }

        profile = (parts[0] + "/" + parts[1]).ToUpperInvariant();
        if (parts.Length == 3)
        {
            switch (parts[2].ToUpperInvariant())
            {
                case "UDP":
                    lower = TransportLowerProtocol.Udp;
                    break;
                case "TCP":
                    lower = TransportLowerProtocol.Tcp;
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    /// <summary>Applies a known parameter; false when the name is unknown or its value unreadable (then kept as an extension).</summary>
    private static bool TryApply(ref TransportSpec spec, string name, string? value)
    {
        switch (name)
        {
            case "unicast" or "multicast" when value is null:
                spec = spec with { IsMulticast = name == "multicast" };
                return true;
            case "append" when value is null:
                spec = spec with { Append = true };
                return true;
            case "destination" when value is null || HeaderSyntax.IsPlainValue(value):
                spec = spec with { Destination = value ?? string.Empty };
                return true;
            case "source" when value is not null && HeaderSyntax.IsPlainValue(value):
                spec = spec with { Source = value };
                return true;
            case "interleaved" when PortRange.TryParse(value, 255, out var channels):
                spec = spec with { Interleaved = channels };
                return true;
            case "ttl" when HeaderSyntax.TryParseInt(value, out var ttl) && ttl <= 255:
                spec = spec with { Ttl = ttl };
                return true;
            case "layers" when HeaderSyntax.TryParseInt(value, out var layers):
                spec = spec with { Layers = layers };
                return true;
            case "port" when PortRange.TryParse(value, 65535, out var port):
                spec = spec with { Port = port };
                return true;
            case "client_port" when PortRange.TryParse(value, 65535, out var clientPort):
                spec = spec with { ClientPort = clientPort };
                return true;
            case "server_port" when PortRange.TryParse(value, 65535, out var serverPort):
                spec = spec with { ServerPort = serverPort };
                return true;
            case "ssrc" when value is { Length: > 0 and <= 8 } &&
                uint.TryParse(value, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var ssrc):
                spec = spec with { Ssrc = ssrc };
                return true;
            case "mode" when value is not null && Messages.RtspSyntax.IsToken(value):
                spec = spec with { Mode = value.ToUpperInvariant() };
                return true;
            default:
                return false;
        }
    }

    private static void AppendParameter(StringBuilder sb, string name, string? value)
    {
        if (value is not null)
        {
            sb.Append(';').Append(name).Append('=').Append(value);
        }
    }
}
