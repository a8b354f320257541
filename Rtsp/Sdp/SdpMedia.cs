using System.Globalization;

namespace Vms.Rtsp.Sdp;

/// <summary>One media description: the <c>m=</c> line and the <c>i= c= b= k= a=</c> lines under it.</summary>
public sealed class SdpMedia
{
    public SdpMedia(string mediaType, int port, string protocol, IEnumerable<string> formats)
    {
        MediaType = SdpText.CheckField(mediaType, "media type");
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
        Port = port;
        Protocol = SdpText.CheckField(protocol, "protocol");
        ArgumentNullException.ThrowIfNull(formats);
        foreach (var f in formats)
        {
            Formats.Add(SdpText.CheckField(f, "format"));
        }
    }

    /// <summary><c>video</c>, <c>audio</c>, <c>application</c>, ...</summary>
    public string MediaType { get; }

    /// <summary>The port (0 in RTSP, where SETUP negotiates transport).</summary>
    public int Port { get; set; }

    /// <summary>The optional <c>/count</c> after the port.</summary>
    public int? PortCount { get; set; }

    /// <summary><c>RTP/AVP</c>, <c>RTP/AVPF</c>, ...</summary>
    public string Protocol { get; }

    /// <summary>The formats (RTP payload type numbers as text), in preference order.</summary>
    public List<string> Formats { get; } = [];

    /// <summary><c>i=</c>.</summary>
    public string? Information { get; set; }

    /// <summary><c>c=</c> lines of this media.</summary>
    public List<SdpConnection> Connections { get; } = [];

    /// <summary><c>b=</c> lines of this media.</summary>
    public List<SdpBandwidth> Bandwidths { get; } = [];

    /// <summary><c>k=</c> (obsolete), verbatim.</summary>
    public string? EncryptionKey { get; set; }

    /// <summary><c>a=</c> lines, in order, duplicates kept.</summary>
    public List<SdpAttribute> Attributes { get; } = [];

    /// <summary>The media-level <c>a=control</c>, or null.</summary>
    public string? Control => GetAttribute("control");

    public string? GetAttribute(string name) => SdpAttributeList.Get(Attributes, name);

    public IEnumerable<string> GetAttributes(string name) => SdpAttributeList.GetAll(Attributes, name);

    /// <summary>The <c>a=rtpmap</c> of <paramref name="format"/> (first one when duplicated), or null.</summary>
    public SdpRtpMap? GetRtpMap(string format)
    {
        foreach (var value in GetAttributes("rtpmap"))
        {
            if (SdpRtpMap.TryParse(value, out var map) &&
                int.TryParse(format, NumberStyles.None, CultureInfo.InvariantCulture, out var pt) && map.PayloadType == pt)
            {
                return map;
            }
        }

        return null;
    }

    /// <summary>The <c>a=fmtp</c> parameters of <paramref name="format"/> (first line when duplicated), or null.</summary>
    public SdpFormatParameters? GetFormatParameters(string format)
    {
        foreach (var value in GetAttributes("fmtp"))
        {
            if (SdpFormatParameters.TryParse(value, out var fmtp) && fmtp.Format == format)
            {
                return fmtp;
            }
        }

        return null;
    }
}
