using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tptz:GetNodes</c>: lists the PTZ nodes.</summary>
public sealed record GetNodes : EmptyMessage<GetNodes>, IOnvifMessage<GetNodes>
{
    public static XName ElementName { get; } = Tptz + "GetNodes";
}
