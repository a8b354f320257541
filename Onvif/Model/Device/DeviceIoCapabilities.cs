using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tt:DeviceIOCapabilities</c> (GetCapabilities extension): the DeviceIO service address and I/O counts.</summary>
public sealed record DeviceIoCapabilities(string XAddr, int VideoSources, int VideoOutputs, int AudioSources, int AudioOutputs, int RelayOutputs)
{
    internal XElement ToXml(XName name) => new(name,
        Elem(Tt + "XAddr", XAddr),
        Elem(Tt + "VideoSources", VideoSources),
        Elem(Tt + "VideoOutputs", VideoOutputs),
        Elem(Tt + "AudioSources", AudioSources),
        Elem(Tt + "AudioOutputs", AudioOutputs),
        Elem(Tt + "RelayOutputs", RelayOutputs));

    internal static DeviceIoCapabilities FromXml(XElement element) => new(
        element.ReqString(Tt + "XAddr"),
        element.OptInt(Tt + "VideoSources") ?? 0,
        element.OptInt(Tt + "VideoOutputs") ?? 0,
        element.OptInt(Tt + "AudioSources") ?? 0,
        element.OptInt(Tt + "AudioOutputs") ?? 0,
        element.OptInt(Tt + "RelayOutputs") ?? 0);
}
