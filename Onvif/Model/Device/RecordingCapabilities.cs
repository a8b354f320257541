using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tt:RecordingCapabilities</c> (GetCapabilities extension): the recording service address and flags.</summary>
public sealed record RecordingCapabilities(string XAddr, bool ReceiverSource, bool MediaProfileSource, bool DynamicRecordings, bool DynamicTracks, int MaxStringLength)
{
    internal XElement ToXml(XName name) => new(name,
        Elem(Tt + "XAddr", XAddr),
        Elem(Tt + "ReceiverSource", ReceiverSource),
        Elem(Tt + "MediaProfileSource", MediaProfileSource),
        Elem(Tt + "DynamicRecordings", DynamicRecordings),
        Elem(Tt + "DynamicTracks", DynamicTracks),
        Elem(Tt + "MaxStringLength", MaxStringLength));

    internal static RecordingCapabilities FromXml(XElement element) => new(
        element.ReqString(Tt + "XAddr"),
        element.OptBool(Tt + "ReceiverSource") ?? false,
        element.OptBool(Tt + "MediaProfileSource") ?? false,
        element.OptBool(Tt + "DynamicRecordings") ?? false,
        element.OptBool(Tt + "DynamicTracks") ?? false,
        element.OptInt(Tt + "MaxStringLength") ?? 0);
}
