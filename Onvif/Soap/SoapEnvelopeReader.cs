using System.Runtime.InteropServices;
using System.Xml.Linq;

namespace Vms.Onvif.Soap;

/// <summary>
/// Reads SOAP 1.2 and 1.1 envelopes by namespace and local name (any prefixes, redundant declarations,
/// whitespace), with a size limit, a depth limit, DTDs prohibited and no external resolution. Every failure is a
/// <see cref="SoapParseException"/>.
/// </summary>
public static partial class SoapEnvelopeReader
{
    public static SoapEnvelope Read(ReadOnlyMemory<byte> message, SoapReaderOptions? options = null)
    {
        options ??= SoapReaderOptions.Default;
        if (message.Length > options.MaxMessageBytes)
        {
            throw TooLarge(options);
        }

        var segment = MemoryMarshal.TryGetArray(message, out var array)
            ? array
            : new ArraySegment<byte>(message.ToArray());
        using var stream = new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false);
        return Parse(XmlTreeBuilder.Load(stream, options));
    }

    /// <summary>Reads the stream to its end (at most the size limit) and parses it.</summary>
    public static async ValueTask<SoapEnvelope> ReadAsync(Stream stream, SoapReaderOptions? options, CancellationToken cancellationToken)
    {
        options ??= SoapReaderOptions.Default;
        var bytes = await ReadLimitedAsync(stream, options.MaxMessageBytes, cancellationToken).ConfigureAwait(false);
        return Read(bytes, options);
    }

    /// <summary>Reads a whole stream, failing with <see cref="SoapParseError.TooLarge"/> past <paramref name="maxBytes"/>.</summary>
    public static async ValueTask<byte[]> ReadLimitedAsync(Stream stream, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (true)
        {
            var n = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
            if (n == 0)
            {
                return buffer.ToArray();
            }

            if (buffer.Length + n > maxBytes)
            {
                throw new SoapParseException(SoapParseError.TooLarge, $"message larger than {maxBytes} bytes");
            }

            buffer.Write(chunk, 0, n);
        }
    }

    /// <summary>Interprets an already parsed document root as an envelope.</summary>
    public static SoapEnvelope Parse(XElement root)
    {
        if (root.Name.LocalName != "Envelope")
        {
            throw new SoapParseException(SoapParseError.NotAnEnvelope, $"root element is {root.Name}, not a SOAP Envelope");
        }

        SoapVersion version;
        if (root.Name.Namespace == OnvifNamespaces.Soap12)
        {
            version = SoapVersion.Soap12;
        }
        else if (root.Name.Namespace == OnvifNamespaces.Soap11)
        {
            version = SoapVersion.Soap11;
        }
        else
        {
            throw new SoapParseException(SoapParseError.VersionMismatch, $"unknown envelope namespace '{root.Name.NamespaceName}'");
        }

        var env = version == SoapVersion.Soap12 ? OnvifNamespaces.Soap12 : OnvifNamespaces.Soap11;
        var header = root.Element(env + "Header");
        var body = root.Element(env + "Body")
            ?? throw new SoapParseException(SoapParseError.MissingBody, "envelope has no Body");
        var headers = header is null ? [] : header.Elements().ToArray();
        var first = body.Elements().FirstOrDefault();
        SoapFault? fault = null;
        if (first is not null && first.Name == env + "Fault")
        {
            fault = version == SoapVersion.Soap12 ? ReadFault12(first) : ReadFault11(first);
        }

        return new SoapEnvelope(version, headers, first, fault);
    }

    private static SoapParseException TooLarge(SoapReaderOptions options) =>
        new(SoapParseError.TooLarge, $"message larger than {options.MaxMessageBytes} bytes");
}
