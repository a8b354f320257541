using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tt:Vector2D</c>: pan (x) and tilt (y), in <see cref="Space"/> or, when null, the profile's default space.</summary>
public sealed record Vector2D(float X, float Y, string? Space = null)
{
    internal XElement ToXml(XName name) => new(name, Attr("x", X), Attr("y", Y), OptAttr("space", Space));

    internal static Vector2D FromXml(XElement element) =>
        new(element.ReqAttrFloat("x"), element.ReqAttrFloat("y"), element.Attr("space"));
}
