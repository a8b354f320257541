namespace Vms.Host.Security;

public enum PasswordCheck
{
    Wrong,
    Right,

    /// <summary>Right, but hashed with fewer iterations than the current setting: store a fresh hash.</summary>
    RightButRehash,
}
