using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tr2:GetVideoEncoderConfigurations</c>: filtered by configuration and/or profile token (both optional). Faults: ter:NoConfig, ter:NoProfile.</summary>
public sealed record GetVideoEncoderConfigurations(string? ConfigurationToken = null, string? ProfileToken = null) : IOnvifMessage<GetVideoEncoderConfigurations>
{
    public static XName ElementName { get; } = Tr2 + "GetVideoEncoderConfigurations";

    public XElement ToXml() => new(ElementName,
        OptToken(Tr2 + "ConfigurationToken", ConfigurationToken),
        OptToken(Tr2 + "ProfileToken", ProfileToken));

    public static GetVideoEncoderConfigurations FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.OptToken(Tr2 + "ConfigurationToken"), element.OptToken(Tr2 + "ProfileToken"));
    }
}
