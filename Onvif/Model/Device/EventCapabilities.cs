using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tt:EventCapabilities</c> (GetCapabilities): the event service address and what it supports.</summary>
public sealed record EventCapabilities(string XAddr, bool WSSubscriptionPolicySupport, bool WSPullPointSupport, bool WSPausableSubscriptionManagerInterfaceSupport)
{
    internal XElement ToXml(XName name) => new(name,
        Elem(Tt + "XAddr", XAddr),
        Elem(Tt + "WSSubscriptionPolicySupport", WSSubscriptionPolicySupport),
        Elem(Tt + "WSPullPointSupport", WSPullPointSupport),
        Elem(Tt + "WSPausableSubscriptionManagerInterfaceSupport", WSPausableSubscriptionManagerInterfaceSupport));

    internal static EventCapabilities FromXml(XElement element) => new(
        element.ReqString(Tt + "XAddr"),
        element.OptBool(Tt + "WSSubscriptionPolicySupport") ?? false,
        element.OptBool(Tt + "WSPullPointSupport") ?? false,
        element.OptBool(Tt + "WSPausableSubscriptionManagerInterfaceSupport") ?? false);
}
