using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Search;

/// <summary><c>tt:RecordingSummary</c>: the time span of all recorded data and the number of recordings.</summary>
public sealed record RecordingSummary(DateTimeOffset DataFrom, DateTimeOffset DataUntil, int NumberRecordings)
{
    internal XElement ToXml(XName name) => new(name,
        Elem(Tt + "DataFrom", DataFrom), Elem(Tt + "DataUntil", DataUntil), Elem(Tt + "NumberRecordings", NumberRecordings));

    internal static RecordingSummary FromXml(XElement element) => new(
        element.ReqDateTime(Tt + "DataFrom"), element.ReqDateTime(Tt + "DataUntil"), element.ReqInt(Tt + "NumberRecordings"));
}
