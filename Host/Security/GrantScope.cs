namespace Vms.Host.Security;

/// <summary>Which cameras a grant covers: all of them, one camera, or a camera group.</summary>
public sealed record GrantScope(GrantScopeKind Kind, string? Name)
{
    public static GrantScope AllCameras { get; } = new(GrantScopeKind.All, null);

    public static GrantScope Camera(string id) => new(GrantScopeKind.Camera, id);

    public static GrantScope Group(string name) => new(GrantScopeKind.Group, name);

    public bool Covers(string cameraId, string? cameraGroup) => Kind switch
    {
        GrantScopeKind.All => true,
        GrantScopeKind.Camera => string.Equals(Name, cameraId, StringComparison.Ordinal),
        GrantScopeKind.Group => cameraGroup is not null && string.Equals(Name, cameraGroup, StringComparison.Ordinal),
        _ => false,
    };

    public override string ToString() => Kind switch
    {
        GrantScopeKind.All => "*",
        GrantScopeKind.Camera => "camera:" + Name,
        _ => "group:" + Name,
    };

    /// <summary>Parses <c>*</c>, <c>camera:ID</c> or <c>group:NAME</c>.</summary>
    public static bool TryParse(string? text, out GrantScope scope)
    {
        scope = AllCameras;
        if (text is null or "*")
        {
            return true;
        }

        if (text.StartsWith("camera:", StringComparison.Ordinal) && text.Length > 7)
        {
            scope = Camera(text[7..]);
            return true;
        }

        if (text.StartsWith("group:", StringComparison.Ordinal) && text.Length > 6)
        {
            scope = Group(text[6..]);
            return true;
        }

        return false;
    }
}
