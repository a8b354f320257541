using System.Xml.Linq;

namespace Vms.Onvif;

/// <summary>The XML namespaces of ONVIF and the WS-* specifications it uses. Prefixes are ours for writing;
/// readers match on namespace URI and local name only.</summary>
public static class OnvifNamespaces
{
    public static readonly XNamespace Soap12 = "http://www.w3.org/2003/05/soap-envelope";
    public static readonly XNamespace Soap11 = "http://schemas.xmlsoap.org/soap/envelope/";
    public static readonly XNamespace Error = "http://www.onvif.org/ver10/error";
    public static readonly XNamespace Schema = "http://www.onvif.org/ver10/schema";
    public static readonly XNamespace Device = "http://www.onvif.org/ver10/device/wsdl";
    public static readonly XNamespace Media = "http://www.onvif.org/ver10/media/wsdl";
    public static readonly XNamespace Media2 = "http://www.onvif.org/ver20/media/wsdl";
    public static readonly XNamespace Ptz = "http://www.onvif.org/ver20/ptz/wsdl";
    public static readonly XNamespace Imaging = "http://www.onvif.org/ver20/imaging/wsdl";
    public static readonly XNamespace Events = "http://www.onvif.org/ver10/events/wsdl";
    public static readonly XNamespace Analytics = "http://www.onvif.org/ver20/analytics/wsdl";
    public static readonly XNamespace DeviceIo = "http://www.onvif.org/ver10/deviceIO/wsdl";
    public static readonly XNamespace Recording = "http://www.onvif.org/ver10/recording/wsdl";
    public static readonly XNamespace Search = "http://www.onvif.org/ver10/search/wsdl";
    public static readonly XNamespace Replay = "http://www.onvif.org/ver10/replay/wsdl";
    public static readonly XNamespace Topics = "http://www.onvif.org/ver10/topics";
    public static readonly XNamespace WsNotification = "http://docs.oasis-open.org/wsn/b-2";
    public static readonly XNamespace WsTopics = "http://docs.oasis-open.org/wsn/t-1";

    /// <summary>WS-Addressing 2005/08, used by SOAP services and events.</summary>
    public static readonly XNamespace Addressing = "http://www.w3.org/2005/08/addressing";

    /// <summary>WS-Addressing 2004/08, used by WS-Discovery only.</summary>
    public static readonly XNamespace DiscoveryAddressing = "http://schemas.xmlsoap.org/ws/2004/08/addressing";

    public static readonly XNamespace Discovery = "http://schemas.xmlsoap.org/ws/2005/04/discovery";
    public static readonly XNamespace Network = "http://www.onvif.org/ver10/network/wsdl";
    public static readonly XNamespace WsSecurity = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    public static readonly XNamespace WsUtility = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    public static readonly XNamespace Xml = "http://www.w3.org/XML/1998/namespace";

    /// <summary>The prefixes we declare on envelopes we write (tt, tds, trt, tr2, tptz, ...).</summary>
    public static IReadOnlyList<(string Prefix, XNamespace Namespace)> WellKnownPrefixes { get; } =
    [
        ("s", Soap12), ("ter", Error), ("tt", Schema), ("tds", Device), ("trt", Media), ("tr2", Media2),
        ("tptz", Ptz), ("timg", Imaging), ("tev", Events), ("tan", Analytics), ("tmd", DeviceIo),
        ("trc", Recording), ("tse", Search), ("trp", Replay), ("tns1", Topics), ("wsnt", WsNotification),
        ("wstop", WsTopics), ("wsa", Addressing), ("wsse", WsSecurity), ("wsu", WsUtility),
    ];
}
