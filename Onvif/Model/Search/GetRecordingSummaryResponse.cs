using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Search;

/// <summary><c>tse:GetRecordingSummaryResponse</c></summary>
public sealed record GetRecordingSummaryResponse(RecordingSummary Summary) : IOnvifMessage<GetRecordingSummaryResponse>
{
    public static XName ElementName { get; } = Tse + "GetRecordingSummaryResponse";

    public XElement ToXml() => new(ElementName,
        Summary.ToXml(Tse + "Summary"));

    public static GetRecordingSummaryResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(RecordingSummary.FromXml(element.Req(Tse + "Summary")));
    }
}
