using Vms.Onvif.Security;

namespace Vms.Onvif.Server;

/// <summary>The default access policy of ONVIF Core: which user levels may call each access class.</summary>
public static class OnvifAccessPolicy
{
    public static bool IsAllowed(OnvifUserLevel level, OnvifAccessClass access) => access switch
    {
        OnvifAccessClass.PreAuth => true,
        OnvifAccessClass.ReadSystem or OnvifAccessClass.ReadMedia => level >= OnvifUserLevel.User,
        OnvifAccessClass.ReadSystemSensitive or OnvifAccessClass.Actuate => level >= OnvifUserLevel.Operator,
        OnvifAccessClass.ReadSystemSecret or OnvifAccessClass.WriteSystem or OnvifAccessClass.Unrecoverable => level >= OnvifUserLevel.Administrator,
        _ => false,
    };
}
