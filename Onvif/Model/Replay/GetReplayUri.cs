using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using Vms.Onvif.Model.Media;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Replay;

/// <summary><c>trp:GetReplayUri</c>: the RTSP URI that replays a recording (onvif-replay RTSP extensions). Fault: ter:NoRecording, ter:InvalidStreamSetup.</summary>
public sealed record GetReplayUri(StreamSetup StreamSetup, string RecordingToken) : IOnvifMessage<GetReplayUri>
{
    public static XName ElementName { get; } = Trp + "GetReplayUri";

    public XElement ToXml() => new(ElementName,
        StreamSetup.ToXml(Trp + "StreamSetup"),
        Token(Trp + "RecordingToken", RecordingToken));

    public static GetReplayUri FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(StreamSetup.FromXml(element.Req(Trp + "StreamSetup")), element.ReqToken(Trp + "RecordingToken"));
    }
}
