namespace Vms.Host.Security;

/// <summary>Who a grant is for: one user (by login name) or every holder of a role.</summary>
public sealed record GrantSubject(bool IsRole, string Name)
{
    public static GrantSubject User(string name) => new(false, name);

    public static GrantSubject Role(string name) => new(true, name);

    public bool Matches(UserAccount user) => IsRole ? user.Roles.Contains(Name) : string.Equals(user.Name, Name, StringComparison.Ordinal);

    public override string ToString() => (IsRole ? "role:" : "user:") + Name;
}
