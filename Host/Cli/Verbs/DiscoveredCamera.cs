namespace Vms.Host.Cli.Verbs;

/// <summary>One line of <c>vms discover</c>.</summary>
internal sealed record DiscoveredCamera(string Name, string Model, string Address, string DeviceService, string EndpointAddress, IReadOnlyList<string> Scopes);
