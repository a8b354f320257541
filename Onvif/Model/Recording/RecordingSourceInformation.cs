using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Recording;

/// <summary><c>tt:RecordingSourceInformation</c>: where a recording comes from (for us: the camera).</summary>
public sealed record RecordingSourceInformation(string SourceId, string Name, string Location, string Description, string Address)
{
    internal XElement ToXml(XName name) => new(name,
        Elem(Tt + "SourceId", SourceId),
        Elem(Tt + "Name", Name),
        Elem(Tt + "Location", Location),
        Elem(Tt + "Description", Description),
        Elem(Tt + "Address", Address));

    internal static RecordingSourceInformation FromXml(XElement element) => new(
        element.OptString(Tt + "SourceId") ?? string.Empty,
        element.OptString(Tt + "Name") ?? string.Empty,
        element.OptString(Tt + "Location") ?? string.Empty,
        element.OptString(Tt + "Description") ?? string.Empty,
        element.OptString(Tt + "Address") ?? string.Empty);
}
