using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Vms.TestSupport;

namespace Vms.Onvif.Tests.Model.Support;

/// <summary>The ONVIF Device, Media, Media2, PTZ, Events, Recording, Search, Replay and Imaging schemas compiled for validation. XSD 1.0 cannot compile
/// them as shipped (their wildcards rely on XSD 1.1 rules), so every <c>xs:any</c> is removed on load and the absolute
/// schema URLs are served from the local <c>wsdl/external/</c> copies. Content placed in wildcard slots therefore
/// fails validation; validate such parts on their own.</summary>
public static class OnvifSchemas
{
    private static readonly XNamespace Xs = "http://www.w3.org/2001/XMLSchema";
    private static readonly Lazy<XmlSchemaSet> Set = new(Compile);

    private static readonly string[] Wsdls =
    [
        "ver10/device/wsdl/devicemgmt.wsdl",
        "ver10/media/wsdl/media.wsdl",
        "ver20/media/wsdl/media.wsdl",
        "ver20/ptz/wsdl/ptz.wsdl",
        "ver10/events/wsdl/event.wsdl",
        "ver10/recording.wsdl",
        "ver10/search.wsdl",
        "ver10/replay.wsdl",
        "ver20/imaging/wsdl/imaging.wsdl",
    ];

    public static XmlSchemaSet SchemaSet => Set.Value;

    /// <summary>Validates one body element (a global element of the schemas); returns the errors, empty when valid.</summary>
    public static IReadOnlyList<string> Validate(XElement body)
    {
        var errors = new List<string>();
        var document = new XDocument(new XElement(body));
        document.Validate(SchemaSet, (_, e) => errors.Add($"{e.Severity}: {e.Message}"), addSchemaInfo: false);
        return errors;
    }

    public static void AssertValid(XElement body)
    {
        var errors = Validate(body);
        Assert.True(errors.Count == 0, $"{body.Name.LocalName} is not schema-valid:\n{string.Join("\n", errors)}\n{body}");
    }

    private static string WsdlRoot => Path.Combine(Fixtures.SharedOnvif(), "wsdl");

    private static XmlSchemaSet Compile()
    {
        var errors = new List<string>();
        var set = new XmlSchemaSet { XmlResolver = new LocalResolver(WsdlRoot) };
        set.ValidationEventHandler += (_, e) => errors.Add(e.Message);
        foreach (var wsdl in Wsdls)
        {
            var path = Path.Combine(WsdlRoot, wsdl);
            var root = XDocument.Load(path).Root!;
            foreach (var schema in root.Descendants(Xs + "schema").ToList())
            {
                var copy = new XElement(schema);
                foreach (var ns in root.Attributes().Where(a => a.IsNamespaceDeclaration))
                {
                    if (copy.Attribute(ns.Name) is null)
                    {
                        copy.Add(new XAttribute(ns.Name, ns.Value));
                    }
                }

                RemoveWildcards(copy);
                using var reader = XmlReader.Create(new StringReader(copy.ToString()), null, new Uri(path).AbsoluteUri);
                set.Add(XmlSchema.Read(reader, (_, e) => errors.Add(e.Message))!);
            }
        }

        set.Compile();
        Assert.True(errors.Count == 0, "ONVIF schemas do not compile:\n" + string.Join("\n", errors.Distinct()));
        return set;
    }

    private static void RemoveWildcards(XElement schema) => schema.Descendants(Xs + "any").Remove();

    /// <summary>Serves imported schemas from the local copies, wildcards removed.</summary>
    private sealed class LocalResolver(string wsdlRoot) : XmlResolver
    {
        /// <summary>Absolute URLs (and the relative imports between the OASIS schemas) map by file name to the local
        /// copies, so a schema imported under two URLs is loaded once.</summary>
        public override Uri ResolveUri(Uri? baseUri, string? relativeUri)
        {
            var uri = base.ResolveUri(baseUri, relativeUri);
            if (uri.IsFile)
            {
                return uri;
            }

            var file = uri.Segments[^1];
            var path = Path.Combine(wsdlRoot, "external", file == "soap-envelope" ? "soap-envelope-1.2.xsd" : file);
            return File.Exists(path) ? new Uri(path) : throw new XmlException("no local copy of " + uri);
        }

        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            var path = absoluteUri.IsFile ? absoluteUri.LocalPath : throw new XmlException("not resolved locally: " + absoluteUri);
            var document = XDocument.Load(path);
            if (document.Root!.Name == Xs + "schema")
            {
                RemoveWildcards(document.Root);
            }

            var stream = new MemoryStream();
            document.Save(stream);
            stream.Position = 0;
            return stream;
        }
    }
}
