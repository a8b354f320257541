using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tr2:GetServiceCapabilities</c>: asks the Media2 service capabilities.</summary>
public sealed record GetServiceCapabilities : EmptyMessage<GetServiceCapabilities>, IOnvifMessage<GetServiceCapabilities>
{
    public static XName ElementName { get; } = Tr2 + "GetServiceCapabilities";
}
