using Vms.Onvif.Soap;

namespace Vms.Onvif.Discovery;

/// <summary>A SOAP fault received over discovery (e.g. <c>d:MatchingRuleNotSupported</c>).</summary>
public sealed record DiscoveryFaultMessage(string MessageId, string? RelatesTo, SoapFault Fault)
    : DiscoveryMessage(MessageId, RelatesTo, null);
