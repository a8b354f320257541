using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:Service</c>: one entry of GetServices.</summary>
public sealed record Service
{
    /// <summary>The service's WSDL namespace (e.g. <c>http://www.onvif.org/ver20/media/wsdl</c>).</summary>
    public required string Namespace { get; init; }

    public required string XAddr { get; init; }

    /// <summary>The service's own capabilities element (e.g. <c>tr2:Capabilities</c>) when IncludeCapability was
    /// true; read it with that service's capabilities type (<c>Media2Capabilities.FromXml</c>, ...).</summary>
    public XElement? Capabilities { get; init; }

    public required OnvifVersion Version { get; init; }

    internal XElement ToXml(XName name) => new(name,
        Elem(Tds + "Namespace", Namespace),
        Elem(Tds + "XAddr", XAddr),
        Capabilities is null ? null : new XElement(Tds + "Capabilities", new XElement(Capabilities)),
        Version.ToXml(Tds + "Version"));

    internal static Service FromXml(XElement element) => new()
    {
        Namespace = element.ReqString(Tds + "Namespace"),
        XAddr = element.ReqString(Tds + "XAddr"),
        Capabilities = element.Opt(Tds + "Capabilities")?.Elements().FirstOrDefault() is { } caps ? new XElement(caps) : null,
        Version = OnvifVersion.FromXml(element.Req(Tds + "Version")),
    };
}
