using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Search;

/// <summary><c>tt:SearchScope</c>: the sources and recordings to search (empty = all) and an optional XPath filter on
/// recording information, kept as text.</summary>
public sealed record SearchScope(IReadOnlyList<string> IncludedSources, IReadOnlyList<string> IncludedRecordings, string? RecordingInformationFilter = null)
{
    internal XElement ToXml(XName name) => new(name,
        IncludedSources.Select(s => new XElement(Tt + "IncludedSources", Token(Tt + "Token", s))),
        Tokens(Tt + "IncludedRecordings", IncludedRecordings),
        Opt(Tt + "RecordingInformationFilter", RecordingInformationFilter));

    internal static SearchScope FromXml(XElement element) => new(
        element.ReadAll(Tt + "IncludedSources", s => s.ReqToken(Tt + "Token")),
        element.ReadAllTokens(Tt + "IncludedRecordings"),
        element.OptString(Tt + "RecordingInformationFilter"));
}
