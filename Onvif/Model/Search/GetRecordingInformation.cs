using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Search;

/// <summary><c>tse:GetRecordingInformation</c>: Fault: ter:NoRecording.</summary>
public sealed record GetRecordingInformation(string RecordingToken) : IOnvifMessage<GetRecordingInformation>
{
    public static XName ElementName { get; } = Tse + "GetRecordingInformation";

    public XElement ToXml() => new(ElementName,
        Token(Tse + "RecordingToken", RecordingToken));

    public static GetRecordingInformation FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqToken(Tse + "RecordingToken"));
    }
}
