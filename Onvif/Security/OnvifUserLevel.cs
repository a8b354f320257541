namespace Vms.Onvif.Security;

/// <summary>ONVIF Core user levels, lowest first.</summary>
public enum OnvifUserLevel
{
    /// <summary>No credentials presented.</summary>
    Anonymous,
    User,
    Operator,
    Administrator,
}
