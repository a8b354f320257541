namespace Vms.Onvif.Security;

/// <summary>A device user as the authenticators need it: the clear password (both Digest and UsernameToken
/// verify against it) and the level.</summary>
public sealed record OnvifUser(string Username, string Password, OnvifUserLevel Level)
{
    /// <summary>The user of requests without credentials.</summary>
    public static OnvifUser Anonymous { get; } = new(string.Empty, string.Empty, OnvifUserLevel.Anonymous);

    public override string ToString() => $"{Username} ({Level})"; // never the password
}
