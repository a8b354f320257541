namespace Vms.Host.Api.Cameras;

/// <summary>A user/password pair sent to the API (write-only: never returned).</summary>
public sealed record CredentialBody(string? Username, string? Password);
