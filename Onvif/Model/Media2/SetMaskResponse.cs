using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tr2:SetMaskResponse</c></summary>
public sealed record SetMaskResponse : EmptyMessage<SetMaskResponse>, IOnvifMessage<SetMaskResponse>
{
    public static XName ElementName { get; } = Tr2 + "SetMaskResponse";
}
