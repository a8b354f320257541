using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Media;

/// <summary><c>trt:GetVideoEncoderConfigurationOptions</c>: options for a configuration and/or profile (both optional). Faults: ter:NoConfig, ter:NoProfile.</summary>
public sealed record GetVideoEncoderConfigurationOptions(string? ConfigurationToken = null, string? ProfileToken = null) : IOnvifMessage<GetVideoEncoderConfigurationOptions>
{
    public static XName ElementName { get; } = Trt + "GetVideoEncoderConfigurationOptions";

    public XElement ToXml() => new(ElementName,
        OptToken(Trt + "ConfigurationToken", ConfigurationToken),
        OptToken(Trt + "ProfileToken", ProfileToken));

    public static GetVideoEncoderConfigurationOptions FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.OptToken(Trt + "ConfigurationToken"), element.OptToken(Trt + "ProfileToken"));
    }
}
