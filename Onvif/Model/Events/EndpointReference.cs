using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Events;

/// <summary><c>wsa:EndpointReferenceType</c>: the subscription address and the reference parameters a client must
/// echo as SOAP headers on every request to it.</summary>
public sealed record EndpointReference(string Address, IReadOnlyList<XElement> ReferenceParameters)
{
    public EndpointReference(string address)
        : this(address, [])
    {
    }

    internal XElement ToXml(XName name) => new(name,
        Elem(Wsa + "Address", Address),
        ReferenceParameters.Count > 0 ? new XElement(Wsa + "ReferenceParameters", ReferenceParameters.Select(p => new XElement(p))) : null);

    internal static EndpointReference FromXml(XElement element) => new(
        element.ReqString(Wsa + "Address"),
        element.Opt(Wsa + "ReferenceParameters")?.Elements().Take(XmlReading.MaxItems).Select(p => new XElement(p)).ToList() ?? []);
}
