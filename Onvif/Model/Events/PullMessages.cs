using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Events;

/// <summary><c>tev:PullMessages</c>: long poll: the device answers with queued messages at once, else when one arrives or after Timeout. MessageLimit caps the count without faulting.</summary>
public sealed record PullMessages(TimeSpan Timeout, int MessageLimit) : IOnvifMessage<PullMessages>
{
    public static XName ElementName { get; } = Tev + "PullMessages";

    public XElement ToXml() => new(ElementName,
        Elem(Tev + "Timeout", Timeout),
        Elem(Tev + "MessageLimit", MessageLimit));

    public static PullMessages FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqDuration(Tev + "Timeout"), element.ReqInt(Tev + "MessageLimit"));
    }
}
