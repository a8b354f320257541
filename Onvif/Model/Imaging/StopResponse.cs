using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Imaging;

/// <summary><c>timg:StopResponse</c></summary>
public sealed record StopResponse : EmptyMessage<StopResponse>, IOnvifMessage<StopResponse>
{
    public static XName ElementName { get; } = Timg + "StopResponse";
}
