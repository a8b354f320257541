using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tr2:GetStreamUriResponse</c>: a bare URI (no MediaUri wrapper in Media2).</summary>
public sealed record GetStreamUriResponse(string Uri) : IOnvifMessage<GetStreamUriResponse>
{
    public static XName ElementName { get; } = Tr2 + "GetStreamUriResponse";

    public XElement ToXml() => new(ElementName,
        Elem(Tr2 + "Uri", Uri));

    public static GetStreamUriResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqString(Tr2 + "Uri"));
    }
}
