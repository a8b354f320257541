using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Search;

/// <summary><c>tse:EndSearchResponse</c>: the point the search had reached.</summary>
public sealed record EndSearchResponse(DateTimeOffset Endpoint) : IOnvifMessage<EndSearchResponse>
{
    public static XName ElementName { get; } = Tse + "EndSearchResponse";

    public XElement ToXml() => new(ElementName,
        Elem(Tse + "Endpoint", Endpoint));

    public static EndSearchResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqDateTime(Tse + "Endpoint"));
    }
}
