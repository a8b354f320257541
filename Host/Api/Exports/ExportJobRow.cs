namespace Vms.Host.Api.Exports;

/// <summary>The <c>export_jobs</c> table row as Dapper reads and writes it (instants as ISO-8601 text).</summary>
internal sealed class ExportJobRow
{
    public string Id { get; set; } = string.Empty;

    public string UserName { get; set; } = string.Empty;

    public string CameraId { get; set; } = string.Empty;

    public string? CameraGroup { get; set; }

    public string Stream { get; set; } = string.Empty;

    public string FromUtc { get; set; } = string.Empty;

    public string ToUtc { get; set; } = string.Empty;

    public string Requisition { get; set; } = string.Empty;

    public string Folder { get; set; } = string.Empty;

    public string? ClientAddress { get; set; }

    public string Status { get; set; } = string.Empty;

    public string? Message { get; set; }

    public string CreatedAt { get; set; } = string.Empty;

    public string? FinishedAt { get; set; }

    public string FilesJson { get; set; } = "[]";

    public string? ManifestSha256 { get; set; }

    public string? VideoSha256 { get; set; }
}
