using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tr2:DeleteMaskResponse</c></summary>
public sealed record DeleteMaskResponse : EmptyMessage<DeleteMaskResponse>, IOnvifMessage<DeleteMaskResponse>
{
    public static XName ElementName { get; } = Tr2 + "DeleteMaskResponse";
}
