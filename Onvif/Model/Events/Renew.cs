using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Events;

/// <summary><c>wsnt:Renew</c>: extends a subscription (sent to the subscription address).</summary>
public sealed record Renew(AbsoluteOrRelativeTime TerminationTime) : IOnvifMessage<Renew>
{
    public static XName ElementName { get; } = Wsnt + "Renew";

    public XElement ToXml() => new(ElementName,
        new XElement(Wsnt + "TerminationTime", TerminationTime.ToString()));

    public static Renew FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(AbsoluteOrRelativeTime.Parse(element.ReqString(Wsnt + "TerminationTime"), "TerminationTime"));
    }
}
