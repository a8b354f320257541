using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:SystemRebootResponse</c>: a free text such as "Rebooting in 5 seconds".</summary>
public sealed record SystemRebootResponse(string Message) : IOnvifMessage<SystemRebootResponse>
{
    public static XName ElementName { get; } = Tds + "SystemRebootResponse";

    public XElement ToXml() => new(ElementName,
        Elem(Tds + "Message", Message));

    public static SystemRebootResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.OptString(Tds + "Message") ?? string.Empty);
    }
}
