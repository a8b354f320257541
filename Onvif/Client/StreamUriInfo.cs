namespace Vms.Onvif.Client;

/// <summary>A stream URI as usable (<see cref="Uri"/>) and as the device reported it.</summary>
public sealed record StreamUriInfo(Uri Uri, string Reported, bool HostFixed);
