namespace Vms.Onvif.Server;

/// <summary>ONVIF Core access classes of operations (who may call them under the default policy).</summary>
public enum OnvifAccessClass
{
    /// <summary>Callable without credentials (GetSystemDateAndTime, GetServices, GetCapabilities, ...).</summary>
    PreAuth,
    ReadSystem,
    ReadSystemSensitive,
    ReadSystemSecret,
    WriteSystem,
    Unrecoverable,
    ReadMedia,
    Actuate,
}
