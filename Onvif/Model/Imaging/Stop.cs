using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Imaging;

/// <summary><c>timg:Stop</c>: stops a focus move.</summary>
public sealed record Stop(string VideoSourceToken) : IOnvifMessage<Stop>
{
    public static XName ElementName { get; } = Timg + "Stop";

    public XElement ToXml() => new(ElementName,
        Token(Timg + "VideoSourceToken", VideoSourceToken));

    public static Stop FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqToken(Timg + "VideoSourceToken"));
    }
}
