using System.Xml.Linq;

namespace Vms.Onvif.Soap;

/// <summary>The ONVIF fault subcodes (<c>ter:</c> namespace) of Core's generic fault table, plus common specific ones.</summary>
public static class OnvifErrorCodes
{
    private static readonly XNamespace Ter = OnvifNamespaces.Error;

    // env:Sender generic subcodes
    public static readonly XName WellFormed = Ter + "WellFormed";
    public static readonly XName TagMismatch = Ter + "TagMismatch";
    public static readonly XName Tag = Ter + "Tag";
    public static readonly XName Namespace = Ter + "Namespace";
    public static readonly XName MissingAttr = Ter + "MissingAttr";
    public static readonly XName ProhibAttr = Ter + "ProhibAttr";
    public static readonly XName InvalidArgs = Ter + "InvalidArgs";
    public static readonly XName InvalidArgVal = Ter + "InvalidArgVal";
    public static readonly XName UnknownAction = Ter + "UnknownAction";
    public static readonly XName OperationProhibited = Ter + "OperationProhibited";
    public static readonly XName NotAuthorized = Ter + "NotAuthorized";

    // env:Receiver generic subcodes
    public static readonly XName ActionNotSupported = Ter + "ActionNotSupported";
    public static readonly XName Action = Ter + "Action";
    public static readonly XName OutofMemory = Ter + "OutofMemory";
    public static readonly XName CriticalError = Ter + "CriticalError";

    // frequent second-level subcodes
    public static readonly XName NoProfile = Ter + "NoProfile";
    public static readonly XName NoConfig = Ter + "NoConfig";
    public static readonly XName ConfigModify = Ter + "ConfigModify";
    public static readonly XName NoToken = Ter + "NoToken";
    public static readonly XName NoSuchService = Ter + "NoSuchService";

    /// <summary>True for the subcodes Core lists under <c>env:Receiver</c> (used to infer the code of SOAP 1.1 faults).</summary>
    public static bool IsReceiverSubcode(XName subcode) =>
        subcode.LocalName is "ActionNotSupported" or "Action" or "OutofMemory" or "CriticalError";
}
