namespace Vms.Host.Cameras;

/// <summary>One user/password pair of the discovery credential list (configuration only; never logged).</summary>
public sealed class CameraCredentialOption
{
    public string Username { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    public override string ToString() => $"{Username} (password hidden)";
}
