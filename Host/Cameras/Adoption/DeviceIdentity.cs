namespace Vms.Host.Cameras.Adoption;

/// <summary>What adoption learnt from a device: who it is and which profiles to pull (Media2 when offered).</summary>
public sealed record DeviceIdentity(string Manufacturer, string Model, string? ScopeName, string? ScopeLocation, int MediaVersion, string MainProfile, string? SubProfile);
