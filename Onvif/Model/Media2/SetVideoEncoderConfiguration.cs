using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tr2:SetVideoEncoderConfiguration</c>: replaces an encoder configuration (no ForcePersistence in Media2). Faults: ter:NoConfig, ter:ConfigModify, ter:ConfigurationConflict.</summary>
public sealed record SetVideoEncoderConfiguration(VideoEncoder2Configuration Configuration) : IOnvifMessage<SetVideoEncoderConfiguration>
{
    public static XName ElementName { get; } = Tr2 + "SetVideoEncoderConfiguration";

    public XElement ToXml() => new(ElementName,
        Configuration.ToXml(Tr2 + "Configuration"));

    public static SetVideoEncoderConfiguration FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(VideoEncoder2Configuration.FromXml(element.Req(Tr2 + "Configuration")));
    }
}
