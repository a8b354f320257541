using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Media;

/// <summary><c>trt:GetVideoEncoderConfiguration</c>: Fault: ter:NoConfig.</summary>
public sealed record GetVideoEncoderConfiguration(string ConfigurationToken) : IOnvifMessage<GetVideoEncoderConfiguration>
{
    public static XName ElementName { get; } = Trt + "GetVideoEncoderConfiguration";

    public XElement ToXml() => new(ElementName,
        Token(Trt + "ConfigurationToken", ConfigurationToken));

    public static GetVideoEncoderConfiguration FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqToken(Trt + "ConfigurationToken"));
    }
}
