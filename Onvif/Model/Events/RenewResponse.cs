using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Events;

/// <summary><c>wsnt:RenewResponse</c></summary>
public sealed record RenewResponse(DateTimeOffset TerminationTime, DateTimeOffset? CurrentTime = null) : IOnvifMessage<RenewResponse>
{
    public static XName ElementName { get; } = Wsnt + "RenewResponse";

    public XElement ToXml() => new(ElementName,
        Elem(Wsnt + "TerminationTime", TerminationTime),
        Opt(Wsnt + "CurrentTime", CurrentTime));

    public static RenewResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqDateTime(Wsnt + "TerminationTime"), element.OptDateTime(Wsnt + "CurrentTime"));
    }
}
