namespace Vms.Host.Api.Streaming;

/// <summary>Body of <c>POST /api/v1/retention/holds</c>.</summary>
public sealed record PlaceHoldRequest(string? Camera, string? From, string? To, string? Reference);
