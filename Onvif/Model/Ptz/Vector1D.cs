using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tt:Vector1D</c>: zoom (x), in <see cref="Space"/> or, when null, the profile's default space.</summary>
public sealed record Vector1D(float X, string? Space = null)
{
    internal XElement ToXml(XName name) => new(name, Attr("x", X), OptAttr("space", Space));

    internal static Vector1D FromXml(XElement element) => new(element.ReqAttrFloat("x"), element.Attr("space"));
}
