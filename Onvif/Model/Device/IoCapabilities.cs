using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tt:IOCapabilities</c> (GetCapabilities): number of digital inputs and relay outputs.</summary>
public sealed record IoCapabilities(int? InputConnectors, int? RelayOutputs)
{
    internal XElement ToXml(XName name) => new(name, Opt(Tt + "InputConnectors", InputConnectors), Opt(Tt + "RelayOutputs", RelayOutputs));

    internal static IoCapabilities FromXml(XElement element) =>
        new(element.OptInt(Tt + "InputConnectors"), element.OptInt(Tt + "RelayOutputs"));
}
