namespace Vms.Onvif.Model.Device;

/// <summary><c>tt:ScopeDefinition</c>: fixed scopes cannot be changed by SetScopes or RemoveScopes.</summary>
public enum ScopeDefinition
{
    Fixed,

    Configurable,
}
