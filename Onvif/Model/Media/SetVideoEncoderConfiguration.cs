using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Media;

/// <summary><c>trt:SetVideoEncoderConfiguration</c>: replaces an encoder configuration (ForcePersistence is obsolete: always persist). Faults: ter:NoConfig, ter:ConfigModify, ter:ConfigurationConflict.</summary>
public sealed record SetVideoEncoderConfiguration(VideoEncoderConfiguration Configuration, bool ForcePersistence = true) : IOnvifMessage<SetVideoEncoderConfiguration>
{
    public static XName ElementName { get; } = Trt + "SetVideoEncoderConfiguration";

    public XElement ToXml() => new(ElementName,
        Configuration.ToXml(Trt + "Configuration"),
        Elem(Trt + "ForcePersistence", ForcePersistence));

    public static SetVideoEncoderConfiguration FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(VideoEncoderConfiguration.FromXml(element.Req(Trt + "Configuration")), element.OptBool(Trt + "ForcePersistence") ?? true);
    }
}
