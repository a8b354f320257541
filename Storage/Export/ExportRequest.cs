namespace Vms.Storage.Export;

/// <summary>What to export: one camera stream over [<see cref="FromUtc"/>, <see cref="ToUtc"/>), for whom and under which requisition.</summary>
/// <param name="Exporter">Who exports ("user:alice"); recorded in the manifest.</param>
/// <param name="Requisition">The legal reference (requisition number) the export answers.</param>
public sealed record ExportRequest(
    string CameraId,
    string StreamName,
    DateTimeOffset FromUtc,
    DateTimeOffset ToUtc,
    string Exporter,
    string Requisition);
