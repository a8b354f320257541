using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Events;

/// <summary><c>tev:CreatePullPointSubscriptionResponse</c>: the pull point address (wsnt:CurrentTime/TerminationTime here, tev: in PullMessagesResponse; both are read).</summary>
public sealed record CreatePullPointSubscriptionResponse(EndpointReference SubscriptionReference, DateTimeOffset CurrentTime, DateTimeOffset TerminationTime) : IOnvifMessage<CreatePullPointSubscriptionResponse>
{
    public static XName ElementName { get; } = Tev + "CreatePullPointSubscriptionResponse";

    public XElement ToXml() => new(ElementName,
        SubscriptionReference.ToXml(Tev + "SubscriptionReference"),
        Elem(Wsnt + "CurrentTime", CurrentTime),
        Elem(Wsnt + "TerminationTime", TerminationTime));

    public static CreatePullPointSubscriptionResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(EndpointReference.FromXml(element.Req(Tev + "SubscriptionReference")), element.ReqIn("CurrentTime", Wsnt, Tev).AsDateTime(), element.ReqIn("TerminationTime", Wsnt, Tev).AsDateTime());
    }
}
