namespace Vms.Onvif.Client;

/// <summary>The user a client authenticates as. Never put into a URL; <see cref="ToString"/> hides the password.</summary>
public sealed record OnvifCredentials(string Username, string Password)
{
    public override string ToString() => $"{Username} (password hidden)";
}
