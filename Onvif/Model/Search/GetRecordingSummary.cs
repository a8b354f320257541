using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Search;

/// <summary><c>tse:GetRecordingSummary</c>: asks the overall recorded time span.</summary>
public sealed record GetRecordingSummary : EmptyMessage<GetRecordingSummary>, IOnvifMessage<GetRecordingSummary>
{
    public static XName ElementName { get; } = Tse + "GetRecordingSummary";
}
