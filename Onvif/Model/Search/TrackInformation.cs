using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using Vms.Onvif.Model.Recording;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Search;

/// <summary><c>tt:TrackInformation</c>: a track and the time span it holds data for.</summary>
public sealed record TrackInformation(string TrackToken, TrackType TrackType, string Description, DateTimeOffset DataFrom, DateTimeOffset DataTo)
{
    internal XElement ToXml(XName name) => new(name,
        Token(Tt + "TrackToken", TrackToken),
        EnumElem(Tt + "TrackType", TrackType),
        Elem(Tt + "Description", Description),
        Elem(Tt + "DataFrom", DataFrom),
        Elem(Tt + "DataTo", DataTo));

    internal static TrackInformation FromXml(XElement element) => new(
        element.ReqToken(Tt + "TrackToken"),
        element.ReqEnum<TrackType>(Tt + "TrackType"),
        element.OptString(Tt + "Description") ?? string.Empty,
        element.ReqDateTime(Tt + "DataFrom"),
        element.ReqDateTime(Tt + "DataTo"));
}
