using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Media;

/// <summary><c>trt:GetSnapshotUriResponse</c></summary>
public sealed record GetSnapshotUriResponse(MediaUri MediaUri) : IOnvifMessage<GetSnapshotUriResponse>
{
    public static XName ElementName { get; } = Trt + "GetSnapshotUriResponse";

    public XElement ToXml() => new(ElementName,
        MediaUri.ToXml(Trt + "MediaUri"));

    public static GetSnapshotUriResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(MediaUri.FromXml(element.Req(Trt + "MediaUri")));
    }
}
