using Vms.Storage.Index;

namespace Vms.Storage.Export;

/// <summary>
/// The manifest written beside an export (<c>manifest.json</c>, canonical JSON: see <see cref="ManifestJson"/>).
/// <see cref="Requested"/> is what was asked; <see cref="Actual"/> what the MP4 covers (from the keyframe at or
/// before the requested start); <see cref="Gaps"/> the unrecorded stretches inside the requested range.
/// </summary>
public sealed record ExportManifest(
    string Format,
    string CameraId,
    string StreamName,
    TimeRange Requested,
    TimeRange Actual,
    IReadOnlyList<TimeRange> Gaps,
    IReadOnlyList<ExportedSegment> Segments,
    ExportedVideo Video,
    string Exporter,
    string Requisition,
    DateTimeOffset CreatedAtUtc,
    string Tool)
{
    /// <summary>The <see cref="Format"/> written by this version.</summary>
    public const string CurrentFormat = "vms-evidence-export/1";

    /// <summary>The file name of the manifest in the export folder.</summary>
    public const string FileName = "manifest.json";

    /// <summary>The manifest as embedded in the MP4: everything except the MP4's own size and hash.</summary>
    public ExportManifest Core() => this with { Video = Video with { Bytes = 0, Sha256 = string.Empty } };
}
