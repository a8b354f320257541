using System.Globalization;
using System.Xml.Linq;
using Vms.Onvif.Soap;

namespace Vms.Onvif.Discovery;

/// <summary>
/// Reads WS-Discovery datagrams by namespace and local name. Headers are read in WS-Addressing 2004/08 and, for
/// devices that wrongly use it, 2005/08. Size ≤ 64 KiB (one UDP datagram); every failure is a
/// <see cref="DiscoveryFormatException"/>.
/// </summary>
public static class DiscoveryMessageReader
{
    private const int MaxListItems = 256;
    private static readonly XNamespace A = OnvifNamespaces.DiscoveryAddressing;
    private static readonly XNamespace A2005 = OnvifNamespaces.Addressing;
    private static readonly XNamespace D = OnvifNamespaces.Discovery;
    private static readonly SoapReaderOptions Limits = new() { MaxMessageBytes = 65_535, MaxDepth = 32 };

    public static DiscoveryMessage Read(ReadOnlyMemory<byte> datagram)
    {
        SoapEnvelope envelope;
        try
        {
            envelope = SoapEnvelopeReader.Read(datagram, Limits);
        }
        catch (SoapParseException ex)
        {
            throw new DiscoveryFormatException("not a SOAP envelope: " + ex.Message, ex);
        }

        var messageId = Header(envelope, "MessageID") ?? string.Empty;
        var relatesTo = Header(envelope, "RelatesTo");
        var sequence = ReadAppSequence(envelope.Header(D + "AppSequence"));
        if (envelope.Fault is { } fault)
        {
            return new DiscoveryFaultMessage(messageId, relatesTo, fault);
        }

        var body = envelope.Body ?? throw new DiscoveryFormatException("empty Body");
        if (body.Name.Namespace != D)
        {
            throw new DiscoveryFormatException($"{body.Name} is not a WS-Discovery 2005/04 message");
        }

        return body.Name.LocalName switch
        {
            "Probe" => new ProbeMessage(
                messageId,
                body.Element(D + "Types") is { } types ? Limit(QualifiedNames.ResolveList(types, types.Value)) : [],
                body.Element(D + "Scopes") is { } scopes ? SplitList(scopes.Value) : [],
                ((string?)body.Element(D + "Scopes")?.Attribute("MatchBy"))?.Trim()),
            "ProbeMatches" => new ProbeMatchesMessage(messageId, relatesTo, sequence, [.. body.Elements(D + "ProbeMatch").Take(MaxListItems).Select(ReadEndpoint)]),
            "Hello" => new HelloMessage(messageId, sequence, ReadEndpoint(body)),
            "Bye" => new ByeMessage(messageId, sequence, ReadAddress(body)),
            "Resolve" => new ResolveMessage(messageId, ReadAddress(body)),
            "ResolveMatches" => new ResolveMatchesMessage(messageId, relatesTo, sequence, body.Element(D + "ResolveMatch") is { } m ? ReadEndpoint(m) : null),
            _ => throw new DiscoveryFormatException($"unsupported WS-Discovery message {body.Name.LocalName}"),
        };
    }

    /// <summary>Splits a whitespace-separated list (Scopes, XAddrs), bounded.</summary>
    public static IReadOnlyList<string> SplitList(string text) =>
        Limit(text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static IReadOnlyList<T> Limit<T>(IReadOnlyList<T> items) => items.Count <= MaxListItems ? items : [.. items.Take(MaxListItems)];

    private static DiscoveryEndpoint ReadEndpoint(XElement e)
    {
        var types = e.Element(D + "Types");
        var version = e.Element(D + "MetadataVersion")?.Value.Trim();
        return new DiscoveryEndpoint(
            ReadAddress(e),
            types is null ? [] : Limit(QualifiedNames.ResolveList(types, types.Value)),
            e.Element(D + "Scopes") is { } scopes ? SplitList(scopes.Value) : [],
            e.Element(D + "XAddrs") is { } xaddrs ? SplitList(xaddrs.Value) : [],
            uint.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0);
    }

    private static string ReadAddress(XElement e)
    {
        var reference = e.Element(A + "EndpointReference") ?? e.Element(A2005 + "EndpointReference");
        var address = (reference?.Element(A + "Address") ?? reference?.Element(A2005 + "Address"))?.Value.Trim();
        return string.IsNullOrEmpty(address) ? throw new DiscoveryFormatException("missing EndpointReference/Address") : address;
    }

    private static string? Header(SoapEnvelope envelope, string localName) =>
        (envelope.Header(A + localName) ?? envelope.Header(A2005 + localName))?.Value.Trim();

    private static AppSequence? ReadAppSequence(XElement? e)
    {
        if (e is null ||
            !uint.TryParse((string?)e.Attribute("InstanceId"), NumberStyles.None, CultureInfo.InvariantCulture, out var instance) ||
            !uint.TryParse((string?)e.Attribute("MessageNumber"), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        return new AppSequence(instance, number, (string?)e.Attribute("SequenceId"));
    }
}
