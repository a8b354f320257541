using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Media;

/// <summary><c>trt:GetServiceCapabilities</c>: asks the Media 1 service capabilities.</summary>
public sealed record GetServiceCapabilities : EmptyMessage<GetServiceCapabilities>, IOnvifMessage<GetServiceCapabilities>
{
    public static XName ElementName { get; } = Trt + "GetServiceCapabilities";
}
