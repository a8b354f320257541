using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:GetNetworkInterfaces</c></summary>
public sealed record GetNetworkInterfaces : EmptyMessage<GetNetworkInterfaces>, IOnvifMessage<GetNetworkInterfaces>
{
    public static XName ElementName { get; } = Tds + "GetNetworkInterfaces";
}
