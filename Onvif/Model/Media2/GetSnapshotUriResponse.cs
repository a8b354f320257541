using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tr2:GetSnapshotUriResponse</c></summary>
public sealed record GetSnapshotUriResponse(string Uri) : IOnvifMessage<GetSnapshotUriResponse>
{
    public static XName ElementName { get; } = Tr2 + "GetSnapshotUriResponse";

    public XElement ToXml() => new(ElementName,
        Elem(Tr2 + "Uri", Uri));

    public static GetSnapshotUriResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqString(Tr2 + "Uri"));
    }
}
