using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Events;

/// <summary><c>tev:PullMessagesFaultResponse</c>: the fault detail when Timeout or MessageLimit exceed what the device supports.</summary>
public sealed record PullMessagesFaultResponse(TimeSpan MaxTimeout, int MaxMessageLimit) : IOnvifMessage<PullMessagesFaultResponse>
{
    public static XName ElementName { get; } = Tev + "PullMessagesFaultResponse";

    public XElement ToXml() => new(ElementName,
        Elem(Tev + "MaxTimeout", MaxTimeout),
        Elem(Tev + "MaxMessageLimit", MaxMessageLimit));

    public static PullMessagesFaultResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqDuration(Tev + "MaxTimeout"), element.ReqInt(Tev + "MaxMessageLimit"));
    }
}
