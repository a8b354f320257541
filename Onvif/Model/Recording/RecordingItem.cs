using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Recording;

/// <summary><c>tt:GetRecordingsResponseItem</c>: a recording, its configuration (source, content, maximum retention)
/// and its tracks.</summary>
public sealed record RecordingItem
{
    public required string RecordingToken { get; init; }

    public required RecordingSourceInformation Source { get; init; }

    public string Content { get; init; } = string.Empty;

    /// <summary>How long the device keeps data (zero = unlimited), e.g. 30 days.</summary>
    public TimeSpan MaximumRetentionTime { get; init; }

    public IReadOnlyList<RecordingTrack> Tracks { get; init; } = [];

    internal XElement ToXml(XName name) => new(name,
        Token(Tt + "RecordingToken", RecordingToken),
        new XElement(Tt + "Configuration",
            Source.ToXml(Tt + "Source"),
            Elem(Tt + "Content", Content),
            Elem(Tt + "MaximumRetentionTime", MaximumRetentionTime)),
        new XElement(Tt + "Tracks", Tracks.Select(t => t.ToXml(Tt + "Track"))));

    internal static RecordingItem FromXml(XElement element)
    {
        var configuration = element.Req(Tt + "Configuration");
        return new()
        {
            RecordingToken = element.ReqToken(Tt + "RecordingToken"),
            Source = RecordingSourceInformation.FromXml(configuration.Req(Tt + "Source")),
            Content = configuration.OptString(Tt + "Content") ?? string.Empty,
            MaximumRetentionTime = configuration.OptDuration(Tt + "MaximumRetentionTime") ?? TimeSpan.Zero,
            Tracks = element.Opt(Tt + "Tracks")?.ReadAll(Tt + "Track", RecordingTrack.FromXml) ?? [],
        };
    }
}
