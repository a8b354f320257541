namespace Vms.Host.Security;

/// <summary>The roles every site has. A role is a bundle of rights applied to all cameras unless a grant narrows it.</summary>
public static class BuiltInRoles
{
    /// <summary>Watches live video and drives PTZ.</summary>
    public const string Operator = "operator";

    /// <summary>Plays back and exports, only inside an open requisition that names them.</summary>
    public const string Investigator = "investigator";

    /// <summary>Configures cameras and administers users; sees no images unless also granted a viewing right.</summary>
    public const string Administrator = "administrator";

    public static Rights RightsOf(string role) => role switch
    {
        Operator => Rights.Live | Rights.Ptz,
        Investigator => Rights.Playback | Rights.Export,
        Administrator => Rights.Configure | Rights.Administer,
        _ => Rights.None,
    };

    public static bool IsBuiltIn(string role) => role is Operator or Investigator or Administrator;
}
