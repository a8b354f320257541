using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Media;

/// <summary><c>tt:MediaUri</c>: a stream or snapshot URI and its validity (a zero timeout means no expiry).</summary>
public sealed record MediaUri(string Uri, bool InvalidAfterConnect = false, bool InvalidAfterReboot = false, TimeSpan Timeout = default)
{
    internal XElement ToXml(XName name) => new(name,
        Elem(Tt + "Uri", Uri),
        Elem(Tt + "InvalidAfterConnect", InvalidAfterConnect),
        Elem(Tt + "InvalidAfterReboot", InvalidAfterReboot),
        Elem(Tt + "Timeout", Timeout));

    internal static MediaUri FromXml(XElement element) => new(
        element.ReqString(Tt + "Uri"),
        element.OptBool(Tt + "InvalidAfterConnect") ?? false,
        element.OptBool(Tt + "InvalidAfterReboot") ?? false,
        element.OptDuration(Tt + "Timeout") ?? TimeSpan.Zero);
}
