using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tptz:GetPresets</c></summary>
public sealed record GetPresets(string ProfileToken) : IOnvifMessage<GetPresets>
{
    public static XName ElementName { get; } = Tptz + "GetPresets";

    public XElement ToXml() => new(ElementName,
        Token(Tptz + "ProfileToken", ProfileToken));

    public static GetPresets FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqToken(Tptz + "ProfileToken"));
    }
}
