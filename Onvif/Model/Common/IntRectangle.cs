using System.Xml.Linq;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Common;

/// <summary><c>tt:IntRectangle</c>: the attributes x, y, width, height (e.g. <c>tt:Bounds</c>).</summary>
public sealed record IntRectangle(int X, int Y, int Width, int Height)
{
    internal XElement ToXml(XName name) =>
        new(name, Attr("x", X), Attr("y", Y), Attr("width", Width), Attr("height", Height));

    internal static IntRectangle FromXml(XElement element) =>
        new(element.ReqAttrInt("x"), element.ReqAttrInt("y"), element.ReqAttrInt("width"), element.ReqAttrInt("height"));
}
