using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Media;

/// <summary><c>trt:GetProfiles</c>: lists the media profiles.</summary>
public sealed record GetProfiles : EmptyMessage<GetProfiles>, IOnvifMessage<GetProfiles>
{
    public static XName ElementName { get; } = Trt + "GetProfiles";
}
