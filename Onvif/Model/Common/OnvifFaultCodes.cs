using System.Xml.Linq;

namespace Vms.Onvif.Model.Common;

/// <summary>SOAP 1.2 fault codes and the ONVIF subcodes (<c>ter:</c>) the Core, Media, Media2 and PTZ specifications
/// name for the operations we implement. Use them as <see cref="OnvifFault"/> parts.</summary>
public static class OnvifFaultCodes
{
    private static readonly XNamespace Env = OnvifNamespaces.Soap12;
    private static readonly XNamespace Ter = OnvifNamespaces.Error;

    // SOAP 1.2 codes (env:)
    public static readonly XName Sender = Env + "Sender";
    public static readonly XName Receiver = Env + "Receiver";
    public static readonly XName VersionMismatch = Env + "VersionMismatch";
    public static readonly XName MustUnderstand = Env + "MustUnderstand";
    public static readonly XName DataEncodingUnknown = Env + "DataEncodingUnknown";

    // Generic first-level subcodes (Core, generic faults table)
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
    public static readonly XName ActionNotSupported = Ter + "ActionNotSupported";
    public static readonly XName Action = Ter + "Action";
    public static readonly XName OutofMemory = Ter + "OutofMemory";
    public static readonly XName CriticalError = Ter + "CriticalError";

    // Device service
    public static readonly XName InvalidTimeZone = Ter + "InvalidTimeZone";
    public static readonly XName InvalidDateTime = Ter + "InvalidDateTime";
    public static readonly XName NtpServerUndefined = Ter + "NtpServerUndefined";
    public static readonly XName TimeSyncedToNtp = Ter + "TimeSyncedToNtp";
    public static readonly XName NoSuchService = Ter + "NoSuchService";
    public static readonly XName TooManyScopes = Ter + "TooManyScopes";
    public static readonly XName FixedScope = Ter + "FixedScope";
    public static readonly XName NoScope = Ter + "NoScope";
    public static readonly XName EmptyScope = Ter + "EmptyScope";
    public static readonly XName UsernameClash = Ter + "UsernameClash";
    public static readonly XName PasswordTooLong = Ter + "PasswordTooLong";
    public static readonly XName PasswordTooWeak = Ter + "PasswordTooWeak";
    public static readonly XName UsernameTooLong = Ter + "UsernameTooLong";
    public static readonly XName UsernameTooShort = Ter + "UsernameTooShort";
    public static readonly XName UsernameMissing = Ter + "UsernameMissing";
    public static readonly XName TooManyUsers = Ter + "TooManyUsers";
    public static readonly XName AnonymousNotAllowed = Ter + "AnonymousNotAllowed";
    public static readonly XName FixedUser = Ter + "FixedUser";
    public static readonly XName InvalidIPv4Address = Ter + "InvalidIPv4Address";
    public static readonly XName InvalidIPv6Address = Ter + "InvalidIPv6Address";
    public static readonly XName InvalidDnsName = Ter + "InvalidDnsName";
    public static readonly XName InvalidHostname = Ter + "InvalidHostname";
    public static readonly XName ServiceNotSupported = Ter + "ServiceNotSupported";
    public static readonly XName PortAlreadyInUse = Ter + "PortAlreadyInUse";

    // Media and Media2
    public static readonly XName NoProfile = Ter + "NoProfile";
    public static readonly XName NoConfig = Ter + "NoConfig";
    public static readonly XName ConfigModify = Ter + "ConfigModify";
    public static readonly XName ConfigurationConflict = Ter + "ConfigurationConflict";
    public static readonly XName IncompleteConfiguration = Ter + "IncompleteConfiguration";
    public static readonly XName InvalidStreamSetup = Ter + "InvalidStreamSetup";
    public static readonly XName StreamConflict = Ter + "StreamConflict";
    public static readonly XName InvalidMulticastSettings = Ter + "InvalidMulticastSettings";
    public static readonly XName MaxMasks = Ter + "MaxMasks";
    public static readonly XName InvalidPolygon = Ter + "InvalidPolygon";

    // PTZ
    public static readonly XName NoEntity = Ter + "NoEntity";
    public static readonly XName NoPTZProfile = Ter + "NoPTZProfile";
    public static readonly XName NoToken = Ter + "NoToken";
    public static readonly XName SpaceNotSupported = Ter + "SpaceNotSupported";
    public static readonly XName InvalidPosition = Ter + "InvalidPosition";
    public static readonly XName InvalidTranslation = Ter + "InvalidTranslation";
    public static readonly XName InvalidSpeed = Ter + "InvalidSpeed";
    public static readonly XName InvalidVelocity = Ter + "InvalidVelocity";
    public static readonly XName TimeoutNotSupported = Ter + "TimeoutNotSupported";
    public static readonly XName PresetExist = Ter + "PresetExist";
    public static readonly XName InvalidPresetName = Ter + "InvalidPresetName";
    public static readonly XName MovingPTZ = Ter + "MovingPTZ";
    public static readonly XName TooManyPresets = Ter + "TooManyPresets";
    public static readonly XName NoHomePosition = Ter + "NoHomePosition";
    public static readonly XName CannotOverwriteHome = Ter + "CannotOverwriteHome";
    public static readonly XName NoStatus = Ter + "NoStatus";

    // Events
    public static readonly XName InvalidFilterFault = Ter + "InvalidFilterFault";
    public static readonly XName InvalidTopicExpressionFault = Ter + "InvalidTopicExpressionFault";
}
