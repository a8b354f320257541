using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tt:Color</c>: three components in <see cref="Colorspace"/> (null = YCbCr, see <see cref="Colorspaces"/>).</summary>
public sealed record Color(float X, float Y, float Z, string? Colorspace = null)
{
    internal XElement ToXml(XName name) => new(name, Attr("X", X), Attr("Y", Y), Attr("Z", Z), OptAttr("Colorspace", Colorspace));

    internal static Color FromXml(XElement element) =>
        new(element.ReqAttrFloat("X"), element.ReqAttrFloat("Y"), element.ReqAttrFloat("Z"), element.Attr("Colorspace"));
}
