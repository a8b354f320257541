using System.Globalization;
using System.Xml.Linq;
using Vms.Onvif.Soap;

namespace Vms.Onvif.Discovery;

/// <summary>Writes WS-Discovery messages as SOAP 1.2 envelopes (WS-Addressing 2004/08 headers).</summary>
public static class DiscoveryMessageWriter
{
    private static readonly XNamespace A = OnvifNamespaces.DiscoveryAddressing;
    private static readonly XNamespace D = OnvifNamespaces.Discovery;
    private static readonly XNamespace S = OnvifNamespaces.Soap12;

    public static byte[] Write(DiscoveryMessage message) => message switch
    {
        ProbeMessage p => Envelope(Headers(DiscoveryConstants.ProbeAction, p.MessageId, null, DiscoveryConstants.MulticastTo, null, replyTo: true), Probe(p)),
        ProbeMatchesMessage m => Envelope(
            Headers(DiscoveryConstants.ProbeMatchesAction, m.MessageId, m.RelatesTo, DiscoveryConstants.Anonymous, m.AppSequence),
            new XElement(D + "ProbeMatches", m.Matches.Select(e => Endpoint(D + "ProbeMatch", e)))),
        HelloMessage h => Envelope(Headers(DiscoveryConstants.HelloAction, h.MessageId, null, DiscoveryConstants.MulticastTo, h.AppSequence), Endpoint(D + "Hello", h.Endpoint)),
        ByeMessage b => Envelope(
            Headers(DiscoveryConstants.ByeAction, b.MessageId, null, DiscoveryConstants.MulticastTo, b.AppSequence),
            new XElement(D + "Bye", EndpointReference(b.EndpointAddress))),
        ResolveMessage r => Envelope(
            Headers(DiscoveryConstants.ResolveAction, r.MessageId, null, DiscoveryConstants.MulticastTo, null, replyTo: true),
            new XElement(D + "Resolve", EndpointReference(r.EndpointAddress))),
        ResolveMatchesMessage rm => Envelope(
            Headers(DiscoveryConstants.ResolveMatchesAction, rm.MessageId, rm.RelatesTo, DiscoveryConstants.Anonymous, rm.AppSequence),
            new XElement(D + "ResolveMatches", rm.Match is null ? null : Endpoint(D + "ResolveMatch", rm.Match))),
        DiscoveryFaultMessage f => SoapEnvelopeWriter.WriteFault(
            SoapVersion.Soap12, f.Fault, Headers(DiscoveryConstants.FaultAction, f.MessageId, f.RelatesTo, DiscoveryConstants.Anonymous, null), DiscoveryConstants.Prefixes),
        _ => throw new ArgumentException($"unsupported discovery message {message.GetType().Name}", nameof(message)),
    };

    /// <summary>The fault a device returns to a unicast Probe using an unsupported MatchBy rule.</summary>
    public static DiscoveryFaultMessage MatchingRuleNotSupported(string relatesTo) => new(
        NewMessageId(),
        relatesTo,
        new SoapFault(
            SoapFaultCode.Sender,
            [DiscoveryConstants.MatchingRuleNotSupported],
            "the matching rule specified is not supported",
            detail: new XElement(S + "Detail", new XElement(D + "SupportedMatchingRules", string.Join(' ', ScopeMatcher.SupportedRules)))));

    public static string NewMessageId() => "urn:uuid:" + Guid.NewGuid().ToString("D");

    private static byte[] Envelope(IEnumerable<XElement> headers, XElement body) =>
        SoapEnvelopeWriter.Write(SoapVersion.Soap12, body, headers, DiscoveryConstants.Prefixes);

    private static List<XElement> Headers(string action, string messageId, string? relatesTo, string to, AppSequence? sequence, bool replyTo = false)
    {
        var mu = new XAttribute(S + "mustUnderstand", "1");
        var headers = new List<XElement>
        {
            new(A + "Action", mu, action),
            new(A + "MessageID", messageId),
        };
        if (relatesTo is not null)
        {
            headers.Add(new XElement(A + "RelatesTo", relatesTo));
        }

        if (replyTo)
        {
            headers.Add(new XElement(A + "ReplyTo", new XElement(A + "Address", DiscoveryConstants.Anonymous)));
        }

        headers.Add(new XElement(A + "To", new XAttribute(S + "mustUnderstand", "1"), to));
        if (sequence is { } seq)
        {
            var app = new XElement(
                D + "AppSequence",
                new XAttribute("InstanceId", seq.InstanceId.ToString(CultureInfo.InvariantCulture)),
                new XAttribute("MessageNumber", seq.MessageNumber.ToString(CultureInfo.InvariantCulture)));
            if (seq.SequenceId is not null)
            {
                app.Add(new XAttribute("SequenceId", seq.SequenceId));
            }

            headers.Add(app);
        }

        return headers;
    }

    private static XElement Probe(ProbeMessage p)
    {
        var probe = new XElement(D + "Probe");
        if (p.Types.Count > 0)
        {
            probe.Add(QNameList(D + "Types", p.Types));
        }

        if (p.Scopes.Count > 0 || p.MatchBy is not null)
        {
            var scopes = new XElement(D + "Scopes", string.Join(' ', p.Scopes));
            if (p.MatchBy is not null)
            {
                scopes.Add(new XAttribute("MatchBy", p.MatchBy));
            }

            probe.Add(scopes);
        }

        return probe;
    }

    private static XElement Endpoint(XName name, DiscoveryEndpoint e) => new(
        name,
        EndpointReference(e.EndpointAddress),
        QNameList(D + "Types", e.Types),
        new XElement(D + "Scopes", string.Join(' ', e.Scopes)),
        new XElement(D + "XAddrs", string.Join(' ', e.XAddrs)),
        new XElement(D + "MetadataVersion", e.MetadataVersion.ToString(CultureInfo.InvariantCulture)));

    private static XElement EndpointReference(string address) =>
        new(A + "EndpointReference", new XElement(A + "Address", address));

    /// <summary>A QName list in text: known prefixes come from the envelope; others get a declaration here.</summary>
    private static XElement QNameList(XName name, IReadOnlyList<XName> qnames)
    {
        var element = new XElement(name);
        var parts = new List<string>();
        var declared = new Dictionary<XNamespace, string>();
        foreach (var q in qnames)
        {
            var prefix = DiscoveryConstants.Prefixes.FirstOrDefault(p => p.Namespace == q.Namespace).Prefix;
            if (prefix is null && !declared.TryGetValue(q.Namespace, out prefix))
            {
                prefix = "t" + declared.Count.ToString(CultureInfo.InvariantCulture);
                declared[q.Namespace] = prefix;
                element.Add(new XAttribute(XNamespace.Xmlns + prefix, q.NamespaceName));
            }

            parts.Add(prefix + ":" + q.LocalName);
        }

        element.Add(string.Join(' ', parts));
        return element;
    }
}
