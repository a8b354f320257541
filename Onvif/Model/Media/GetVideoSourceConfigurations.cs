using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Media;

/// <summary><c>trt:GetVideoSourceConfigurations</c></summary>
public sealed record GetVideoSourceConfigurations : EmptyMessage<GetVideoSourceConfigurations>, IOnvifMessage<GetVideoSourceConfigurations>
{
    public static XName ElementName { get; } = Trt + "GetVideoSourceConfigurations";
}
