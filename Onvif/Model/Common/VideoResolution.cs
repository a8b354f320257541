using System.Xml.Linq;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Common;

/// <summary><c>tt:VideoResolution</c> / <c>tt:VideoResolution2</c> (Width, Height in pixels).</summary>
public sealed record VideoResolution(int Width, int Height)
{
    internal XElement ToXml(XName name) => new(name, Elem(Tt + "Width", Width), Elem(Tt + "Height", Height));

    internal static VideoResolution FromXml(XElement element) =>
        new(element.ReqInt(Tt + "Width"), element.ReqInt(Tt + "Height"));
}
