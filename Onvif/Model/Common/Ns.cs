using System.Xml.Linq;

namespace Vms.Onvif.Model.Common;

/// <summary>Short names for the XML namespaces the model writes (<c>using static</c> in model files).</summary>
internal static class Ns
{
    internal static readonly XNamespace Tt = OnvifNamespaces.Schema;
    internal static readonly XNamespace Tds = OnvifNamespaces.Device;
    internal static readonly XNamespace Trt = OnvifNamespaces.Media;
    internal static readonly XNamespace Tr2 = OnvifNamespaces.Media2;
    internal static readonly XNamespace Tptz = OnvifNamespaces.Ptz;
    internal static readonly XNamespace Tev = OnvifNamespaces.Events;
    internal static readonly XNamespace Trc = OnvifNamespaces.Recording;
    internal static readonly XNamespace Tse = OnvifNamespaces.Search;
    internal static readonly XNamespace Trp = OnvifNamespaces.Replay;
    internal static readonly XNamespace Timg = OnvifNamespaces.Imaging;
    internal static readonly XNamespace Wsnt = OnvifNamespaces.WsNotification;
    internal static readonly XNamespace Wstop = OnvifNamespaces.WsTopics;
    internal static readonly XNamespace Wsa = OnvifNamespaces.Addressing;
}
