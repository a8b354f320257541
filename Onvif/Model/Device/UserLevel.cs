namespace Vms.Onvif.Model.Device;

/// <summary><c>tt:UserLevel</c>.</summary>
public enum UserLevel
{
    Administrator,

    Operator,

    User,

    Anonymous,

    Extended,
}
