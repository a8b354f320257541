using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Search;

/// <summary><c>tse:GetRecordingInformationResponse</c></summary>
public sealed record GetRecordingInformationResponse(RecordingInformation RecordingInformation) : IOnvifMessage<GetRecordingInformationResponse>
{
    public static XName ElementName { get; } = Tse + "GetRecordingInformationResponse";

    public XElement ToXml() => new(ElementName,
        RecordingInformation.ToXml(Tse + "RecordingInformation"));

    public static GetRecordingInformationResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(RecordingInformation.FromXml(element.Req(Tse + "RecordingInformation")));
    }
}
