namespace Vms.Host.Security;

public enum GrantScopeKind
{
    All,
    Camera,
    Group,
}
