using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tptz:GetConfigurations</c>: lists the PTZ configurations.</summary>
public sealed record GetConfigurations : EmptyMessage<GetConfigurations>, IOnvifMessage<GetConfigurations>
{
    public static XName ElementName { get; } = Tptz + "GetConfigurations";
}
