using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Events;

/// <summary><c>tev:PullMessagesResponse</c>: tev:CurrentTime, tev:TerminationTime (wsnt: also read), then the notifications.</summary>
public sealed record PullMessagesResponse(DateTimeOffset CurrentTime, DateTimeOffset TerminationTime, IReadOnlyList<NotificationMessage> Messages) : IOnvifMessage<PullMessagesResponse>
{
    public static XName ElementName { get; } = Tev + "PullMessagesResponse";

    public XElement ToXml() => new(ElementName,
        Elem(Tev + "CurrentTime", CurrentTime),
        Elem(Tev + "TerminationTime", TerminationTime),
        Messages.Select(m => m.ToXml(Wsnt + "NotificationMessage")));

    public static PullMessagesResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqIn("CurrentTime", Tev, Wsnt).AsDateTime(), element.ReqIn("TerminationTime", Tev, Wsnt).AsDateTime(), element.ReadAll(Wsnt + "NotificationMessage", NotificationMessage.FromXml));
    }
}
