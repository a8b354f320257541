using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Vms.Onvif.Soap;

/// <summary>
/// Builds an <see cref="XElement"/> tree from a hardened <see cref="XmlReader"/> (no DTD, no resolver, bounded
/// size) while enforcing a nesting limit, which <c>XElement.Load</c> cannot do.
/// </summary>
internal static class XmlTreeBuilder
{
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    public static XmlReaderSettings Settings(int maxChars) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = maxChars,
        MaxCharactersFromEntities = maxChars,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <summary>Reads the whole document and returns its root element; throws <see cref="SoapParseException"/> only.</summary>
    public static XElement Load(Stream input, SoapReaderOptions options)
    {
        try
        {
            using var reader = XmlReader.Create(input, Settings(options.MaxMessageBytes));
            return Build(reader, options.MaxDepth);
        }
        catch (XmlException ex)
        {
            throw new SoapParseException(SoapParseError.Malformed, "not well-formed XML: " + ex.Message, ex);
        }
        catch (DecoderFallbackException ex)
        {
            throw new SoapParseException(SoapParseError.Malformed, "invalid character encoding: " + ex.Message, ex);
        }
        catch (ArgumentException ex)
        {
            // XName/XAttribute construction rejects names the reader let through (defensive)
            throw new SoapParseException(SoapParseError.Malformed, "invalid XML name: " + ex.Message, ex);
        }
    }

    private static XElement Build(XmlReader reader, int maxDepth)
    {
        var stack = new Stack<XElement>();
        XElement? root = null;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (reader.Depth > maxDepth)
                    {
                        throw new SoapParseException(SoapParseError.TooDeep, $"elements nested deeper than {maxDepth}");
                    }

                    var element = ReadElement(reader);
                    if (stack.Count == 0)
                    {
                        root = element;
                    }
                    else
                    {
                        stack.Peek().Add(element);
                    }

                    if (!reader.IsEmptyElement)
                    {
                        stack.Push(element);
                    }

                    break;
                case XmlNodeType.EndElement:
                    stack.Pop();
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    if (stack.Count > 0)
                    {
                        stack.Peek().Add(new XText(reader.Value));
                    }

                    break;
                default:
                    break;
            }
        }

        return root ?? throw new SoapParseException(SoapParseError.Malformed, "empty document");
    }

    private static XElement ReadElement(XmlReader reader)
    {
        var element = new XElement(XNamespace.Get(reader.NamespaceURI) + reader.LocalName);
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (reader.NamespaceURI == XmlnsNamespace)
                {
                    element.Add(reader.Prefix == "xmlns"
                        ? new XAttribute(XNamespace.Xmlns + reader.LocalName, reader.Value)
                        : new XAttribute("xmlns", reader.Value));
                }
                else
                {
                    element.Add(new XAttribute(XNamespace.Get(reader.NamespaceURI) + reader.LocalName, reader.Value));
                }
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }

        return element;
    }
}
