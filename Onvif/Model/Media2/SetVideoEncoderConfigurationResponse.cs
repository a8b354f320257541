using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tr2:SetVideoEncoderConfigurationResponse</c></summary>
public sealed record SetVideoEncoderConfigurationResponse : EmptyMessage<SetVideoEncoderConfigurationResponse>, IOnvifMessage<SetVideoEncoderConfigurationResponse>
{
    public static XName ElementName { get; } = Tr2 + "SetVideoEncoderConfigurationResponse";
}
