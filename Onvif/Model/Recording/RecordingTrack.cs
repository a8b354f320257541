using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Recording;

/// <summary><c>tt:GetTracksResponseItem</c>: a track token (e.g. <c>VIDEO001</c>) with its type and description.</summary>
public sealed record RecordingTrack(string TrackToken, TrackType TrackType, string Description)
{
    internal XElement ToXml(XName name) => new(name,
        Token(Tt + "TrackToken", TrackToken),
        new XElement(Tt + "Configuration", EnumElem(Tt + "TrackType", TrackType), Elem(Tt + "Description", Description)));

    internal static RecordingTrack FromXml(XElement element)
    {
        var configuration = element.Req(Tt + "Configuration");
        return new(element.ReqToken(Tt + "TrackToken"), configuration.ReqEnum<TrackType>(Tt + "TrackType"), configuration.OptString(Tt + "Description") ?? string.Empty);
    }
}
