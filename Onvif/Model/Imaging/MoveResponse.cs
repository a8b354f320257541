using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Imaging;

/// <summary><c>timg:MoveResponse</c></summary>
public sealed record MoveResponse : EmptyMessage<MoveResponse>, IOnvifMessage<MoveResponse>
{
    public static XName ElementName { get; } = Timg + "MoveResponse";
}
