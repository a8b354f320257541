using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Search;

/// <summary><c>tse:GetRecordingSearchResults</c>: blocks until MinResults/MaxResults, WaitTime or completion; never repeats a result.</summary>
public sealed record GetRecordingSearchResults(string SearchToken, int? MinResults = null, int? MaxResults = null, TimeSpan? WaitTime = null) : IOnvifMessage<GetRecordingSearchResults>
{
    public static XName ElementName { get; } = Tse + "GetRecordingSearchResults";

    public XElement ToXml() => new(ElementName,
        Token(Tse + "SearchToken", SearchToken),
        Opt(Tse + "MinResults", MinResults),
        Opt(Tse + "MaxResults", MaxResults),
        Opt(Tse + "WaitTime", WaitTime));

    public static GetRecordingSearchResults FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqToken(Tse + "SearchToken"), element.OptInt(Tse + "MinResults"), element.OptInt(Tse + "MaxResults"), element.OptDuration(Tse + "WaitTime"));
    }
}
