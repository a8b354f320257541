namespace Vms.Host.Api.Exports;

/// <summary>What the API answers about an export job.</summary>
internal sealed record ExportJobView(
    string Id,
    string Status,
    string? Message,
    string User,
    string Camera,
    string Stream,
    DateTimeOffset From,
    DateTimeOffset To,
    string Requisition,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt,
    IReadOnlyList<ExportFile> Files,
    string? ManifestSha256,
    string? VideoSha256);
