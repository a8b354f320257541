using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Search;

/// <summary><c>tse:EndSearch</c></summary>
public sealed record EndSearch(string SearchToken) : IOnvifMessage<EndSearch>
{
    public static XName ElementName { get; } = Tse + "EndSearch";

    public XElement ToXml() => new(ElementName,
        Token(Tse + "SearchToken", SearchToken));

    public static EndSearch FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqToken(Tse + "SearchToken"));
    }
}
