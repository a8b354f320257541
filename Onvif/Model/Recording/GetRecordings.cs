using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Recording;

/// <summary><c>trc:GetRecordings</c>: lists the recordings.</summary>
public sealed record GetRecordings : EmptyMessage<GetRecordings>, IOnvifMessage<GetRecordings>
{
    public static XName ElementName { get; } = Trc + "GetRecordings";
}
