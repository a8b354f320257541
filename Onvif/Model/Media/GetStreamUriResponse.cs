using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Media;

/// <summary><c>trt:GetStreamUriResponse</c></summary>
public sealed record GetStreamUriResponse(MediaUri MediaUri) : IOnvifMessage<GetStreamUriResponse>
{
    public static XName ElementName { get; } = Trt + "GetStreamUriResponse";

    public XElement ToXml() => new(ElementName,
        MediaUri.ToXml(Trt + "MediaUri"));

    public static GetStreamUriResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(MediaUri.FromXml(element.Req(Trt + "MediaUri")));
    }
}
