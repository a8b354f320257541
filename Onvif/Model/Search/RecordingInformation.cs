using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using Vms.Onvif.Model.Recording;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Search;

/// <summary><c>tt:RecordingInformation</c>: a recording with its earliest/latest data, tracks and status.</summary>
public sealed record RecordingInformation
{
    public required string RecordingToken { get; init; }

    public required RecordingSourceInformation Source { get; init; }

    public DateTimeOffset? EarliestRecording { get; init; }

    public DateTimeOffset? LatestRecording { get; init; }

    public string Content { get; init; } = string.Empty;

    public IReadOnlyList<TrackInformation> Tracks { get; init; } = [];

    public RecordingStatus RecordingStatus { get; init; }

    internal XElement ToXml(XName name) => new(name,
        Token(Tt + "RecordingToken", RecordingToken),
        Source.ToXml(Tt + "Source"),
        Opt(Tt + "EarliestRecording", EarliestRecording),
        Opt(Tt + "LatestRecording", LatestRecording),
        Elem(Tt + "Content", Content),
        Tracks.Select(t => t.ToXml(Tt + "Track")),
        EnumElem(Tt + "RecordingStatus", RecordingStatus));

    internal static RecordingInformation FromXml(XElement element) => new()
    {
        RecordingToken = element.ReqToken(Tt + "RecordingToken"),
        Source = RecordingSourceInformation.FromXml(element.Req(Tt + "Source")),
        EarliestRecording = element.OptDateTime(Tt + "EarliestRecording"),
        LatestRecording = element.OptDateTime(Tt + "LatestRecording"),
        Content = element.OptString(Tt + "Content") ?? string.Empty,
        Tracks = element.ReadAll(Tt + "Track", TrackInformation.FromXml),
        RecordingStatus = element.OptEnum<RecordingStatus>(Tt + "RecordingStatus") ?? RecordingStatus.Unknown,
    };
}
