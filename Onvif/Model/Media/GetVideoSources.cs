using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Media;

/// <summary><c>trt:GetVideoSources</c></summary>
public sealed record GetVideoSources : EmptyMessage<GetVideoSources>, IOnvifMessage<GetVideoSources>
{
    public static XName ElementName { get; } = Trt + "GetVideoSources";
}
