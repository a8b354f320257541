using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Search;

/// <summary><c>tse:GetRecordingSearchResultsResponse</c>: the tse:ResultList: search state and the new results.</summary>
public sealed record GetRecordingSearchResultsResponse(SearchState SearchState, IReadOnlyList<RecordingInformation> Results) : IOnvifMessage<GetRecordingSearchResultsResponse>
{
    public static XName ElementName { get; } = Tse + "GetRecordingSearchResultsResponse";

    public XElement ToXml() => new(ElementName,
        new XElement(Tse + "ResultList", EnumElem(Tt + "SearchState", SearchState), Results.Select(r => r.ToXml(Tt + "RecordingInformation"))));

    public static GetRecordingSearchResultsResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        var list = element.Req(Tse + "ResultList");
        return new(list.ReqEnum<SearchState>(Tt + "SearchState"), list.ReadAll(Tt + "RecordingInformation", RecordingInformation.FromXml));
    }
}
