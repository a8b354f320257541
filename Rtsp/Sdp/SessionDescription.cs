namespace Vms.Rtsp.Sdp;

/// <summary>
/// An SDP session description (RFC 8866): session-level lines and the media descriptions. Read leniently by
/// <see cref="SdpReader"/>, written strictly by <see cref="SdpWriter"/>.
/// </summary>
public sealed class SessionDescription
{
    /// <summary><c>v=</c>, always 0.</summary>
    public int Version { get; set; }

    /// <summary><c>o=</c>.</summary>
    public SdpOrigin Origin { get; set; } = new();

    /// <summary><c>s=</c>; written as <c>-</c> when empty.</summary>
    public string SessionName { get; set; } = "-";

    /// <summary><c>i=</c>.</summary>
    public string? Information { get; set; }

    /// <summary><c>u=</c>.</summary>
    public string? Uri { get; set; }

    /// <summary><c>e=</c> lines.</summary>
    public List<string> Emails { get; } = [];

    /// <summary><c>p=</c> lines.</summary>
    public List<string> Phones { get; } = [];

    /// <summary>Session-level <c>c=</c>.</summary>
    public SdpConnection? Connection { get; set; }

    /// <summary>Session-level <c>b=</c> lines.</summary>
    public List<SdpBandwidth> Bandwidths { get; } = [];

    /// <summary><c>t=</c> lines with their <c>r=</c> lines (written as <c>t=0 0</c> when empty).</summary>
    public List<SdpTiming> Timings { get; } = [];

    /// <summary><c>z=</c>, verbatim.</summary>
    public string? TimeZones { get; set; }

    /// <summary><c>k=</c> (obsolete), verbatim.</summary>
    public string? EncryptionKey { get; set; }

    /// <summary>Session-level <c>a=</c> lines, in order, duplicates kept.</summary>
    public List<SdpAttribute> Attributes { get; } = [];

    /// <summary>The <c>m=</c> sections in order.</summary>
    public List<SdpMedia> Media { get; } = [];

    /// <summary>The session-level <c>a=control</c> (aggregate control), or null.</summary>
    public string? Control => GetAttribute("control");

    /// <summary>The value of the first session-level attribute named <paramref name="name"/> (empty for a flag), or null.</summary>
    public string? GetAttribute(string name) => SdpAttributeList.Get(Attributes, name);

    public IEnumerable<string> GetAttributes(string name) => SdpAttributeList.GetAll(Attributes, name);
}
