using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Search;

/// <summary><c>tse:FindRecordings</c>: starts a search session kept alive KeepAliveTime after each request (the prose says KeepAliveTimeout).</summary>
public sealed record FindRecordings(SearchScope Scope, TimeSpan KeepAliveTime, int? MaxMatches = null) : IOnvifMessage<FindRecordings>
{
    public static XName ElementName { get; } = Tse + "FindRecordings";

    public XElement ToXml() => new(ElementName,
        Scope.ToXml(Tse + "Scope"),
        Opt(Tse + "MaxMatches", MaxMatches),
        Elem(Tse + "KeepAliveTime", KeepAliveTime));

    public static FindRecordings FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(SearchScope.FromXml(element.Req(Tse + "Scope")), element.ReqDuration(Tse + "KeepAliveTime"), element.OptInt(Tse + "MaxMatches"));
    }
}
