using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Recording;

/// <summary><c>trc:GetRecordingsResponse</c></summary>
public sealed record GetRecordingsResponse(IReadOnlyList<RecordingItem> RecordingItems) : IOnvifMessage<GetRecordingsResponse>
{
    public static XName ElementName { get; } = Trc + "GetRecordingsResponse";

    public XElement ToXml() => new(ElementName,
        RecordingItems.Select(r => r.ToXml(Trc + "RecordingItem")));

    public static GetRecordingsResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReadAll(Trc + "RecordingItem", RecordingItem.FromXml));
    }
}
