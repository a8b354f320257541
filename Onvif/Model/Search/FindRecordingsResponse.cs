using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Search;

/// <summary><c>tse:FindRecordingsResponse</c></summary>
public sealed record FindRecordingsResponse(string SearchToken) : IOnvifMessage<FindRecordingsResponse>
{
    public static XName ElementName { get; } = Tse + "FindRecordingsResponse";

    public XElement ToXml() => new(ElementName,
        Token(Tse + "SearchToken", SearchToken));

    public static FindRecordingsResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqToken(Tse + "SearchToken"));
    }
}
