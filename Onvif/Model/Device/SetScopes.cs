using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:SetScopes</c>: replaces every configurable scope (fixed ones stay). Fault: env:Receiver/ter:Action/ter:TooManyScopes.</summary>
public sealed record SetScopes(IReadOnlyList<string> Scopes) : IOnvifMessage<SetScopes>
{
    public static XName ElementName { get; } = Tds + "SetScopes";

    public XElement ToXml() => new(ElementName,
        Many(Tds + "Scopes", Scopes));

    public static SetScopes FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReadAllStrings(Tds + "Scopes", min: 1));
    }
}
