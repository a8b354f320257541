namespace Vms.Host.Api.Security;

/// <summary>Endpoint metadata: reachable without an API token.</summary>
public sealed class VmsAnonymous
{
    public static VmsAnonymous Instance { get; } = new();

    private VmsAnonymous()
    {
    }
}
