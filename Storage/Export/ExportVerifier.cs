using System.Text.Json;
using Vms.Storage.Fmp4.Reading;
using Vms.Storage.Index;

namespace Vms.Storage.Export;

/// <summary>
/// Re-checks an export folder from scratch and says precisely what is wrong: a missing file, an MP4 whose
/// size or SHA-256 differs from the manifest (tampered or replaced), a manifest edited after export (not in
/// canonical form, or differing from the record embedded in the MP4), an MP4 that is not faststart, an
/// unexpected file; optionally, source segments that changed since. A signature over the manifest
/// (<c>manifest.json.sig</c>, added by the Host) is allowed in the folder and checked by its owner.
/// </summary>
public static class ExportVerifier
{
    /// <summary>The signature file the Host may place beside the manifest.</summary>
    public const string SignatureFileName = ExportManifest.FileName + ".sig";

    public static async Task<ExportVerification> VerifyAsync(string folder, ISegmentFiles? sources, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var problems = new List<string>();
        var notes = new List<string>();
        var manifestPath = Path.Combine(folder, ExportManifest.FileName);
        if (!File.Exists(manifestPath))
        {
            problems.Add($"{ExportManifest.FileName} is missing");
            return new ExportVerification(false, problems, notes);
        }

        if (new FileInfo(manifestPath).Length > ManifestJson.MaxBytes)
        {
            problems.Add($"{ExportManifest.FileName} is larger than {ManifestJson.MaxBytes} bytes");
            return new ExportVerification(false, problems, notes);
        }

        var manifestBytes = await File.ReadAllBytesAsync(manifestPath, cancellationToken).ConfigureAwait(false);
        ExportManifest manifest;
        try
        {
            manifest = ManifestJson.Parse(manifestBytes);
        }
        catch (FormatException ex)
        {
            problems.Add($"{ExportManifest.FileName} cannot be read: {ex.Message}");
            return new ExportVerification(false, problems, notes);
        }

        if (!manifestBytes.AsSpan().SequenceEqual(ManifestJson.Serialize(manifest)))
        {
            problems.Add($"{ExportManifest.FileName} is not in its canonical form: it was edited after the export");
        }

        if (manifest.Format != ExportManifest.CurrentFormat)
        {
            problems.Add($"{ExportManifest.FileName} has format '{manifest.Format}', expected '{ExportManifest.CurrentFormat}'");
        }

        var videoName = manifest.Video.File;
        if (videoName.Length == 0 || videoName != Path.GetFileName(videoName) || videoName is "." or "..")
        {
            problems.Add($"the manifest names the video '{videoName}', which is not a plain file name");
            return new ExportVerification(false, problems, notes);
        }

        await CheckVideoAsync(Path.Combine(folder, videoName), manifest, problems, cancellationToken).ConfigureAwait(false);

        foreach (var file in Directory.EnumerateFiles(folder))
        {
            var name = Path.GetFileName(file);
            if (name != ExportManifest.FileName && name != videoName && name != SignatureFileName)
            {
                problems.Add($"unexpected file '{name}' in the export folder");
            }
        }

        if (sources is not null)
        {
            await CheckSourcesAsync(manifest, sources, problems, notes, cancellationToken).ConfigureAwait(false);
        }

        return new ExportVerification(problems.Count == 0, problems, notes);
    }

    private static async Task CheckVideoAsync(string videoPath, ExportManifest manifest, List<string> problems, CancellationToken cancellationToken)
    {
        var name = manifest.Video.File;
        if (!File.Exists(videoPath))
        {
            problems.Add($"{name} (named by the manifest) is missing");
            return;
        }

        var (sha, length) = await EvidenceExporter.HashFileAsync(videoPath, cancellationToken).ConfigureAwait(false);
        if (length != manifest.Video.Bytes)
        {
            problems.Add($"{name} is {length} bytes but the manifest says {manifest.Video.Bytes}");
        }

        if (!string.Equals(sha, manifest.Video.Sha256, StringComparison.Ordinal))
        {
            problems.Add($"{name} has SHA-256 {sha} but the manifest says {manifest.Video.Sha256}: the video was modified or replaced");
        }

        ExportFileInspection inspection;
        try
        {
            inspection = await ExportFileInspector.InspectAsync(videoPath, cancellationToken).ConfigureAwait(false);
        }
        catch (Fmp4FormatException ex)
        {
            problems.Add($"{name} is not a readable MP4: {ex.Message}");
            return;
        }

        if (!inspection.MovieFirst)
        {
            problems.Add($"{name} does not have moov before mdat (boxes: {string.Join(' ', inspection.TopLevelBoxes)})");
        }

        if (inspection.SampleCount != manifest.Video.Frames)
        {
            problems.Add($"{name} holds {inspection.SampleCount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no"} samples but the manifest says {manifest.Video.Frames} frames");
        }

        if (inspection.RecordJson is null)
        {
            problems.Add($"{name} carries no export record");
            return;
        }

        var differing = DifferingFields(inspection.RecordJson, ManifestJson.Serialize(manifest.Core()));
        if (differing.Count > 0)
        {
            problems.Add($"the manifest differs from the record inside {name} in: {string.Join(", ", differing)} (the manifest or the video was edited)");
        }
    }

    private static async Task CheckSourcesAsync(ExportManifest manifest, ISegmentFiles sources, List<string> problems, List<string> notes, CancellationToken cancellationToken)
    {
        var roots = sources.Roots.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var s in manifest.Segments)
        {
            var colon = s.Path.IndexOf(':', StringComparison.Ordinal);
            var root = colon > 0 ? s.Path[..colon] : string.Empty;
            var relative = colon > 0 ? s.Path[(colon + 1)..] : s.Path;
            if (!roots.Contains(root) || sources.Length(root, relative) is null)
            {
                notes.Add($"source segment {s.Path} is no longer on disk");
                continue;
            }

            var (sha, _) = await EvidenceExporter.HashFileAsync(sources.FullPath(root, relative), cancellationToken).ConfigureAwait(false);
            if (!string.Equals(sha, s.Sha256, StringComparison.Ordinal))
            {
                problems.Add($"source segment {s.Path} has SHA-256 {sha}, not {s.Sha256} as at export: it changed since");
            }
        }
    }

    /// <summary>Names of the top-level fields (and video sub-fields) whose values differ between two manifest JSONs.</summary>
    private static List<string> DifferingFields(byte[] a, byte[] b)
    {
        var result = new List<string>();
        try
        {
            using var da = JsonDocument.Parse(a);
            using var db = JsonDocument.Parse(b);
            Compare(da.RootElement, db.RootElement, string.Empty, result);
        }
        catch (JsonException)
        {
            result.Add("(the embedded record is not valid JSON)");
        }

        return result;

        static void Compare(JsonElement x, JsonElement y, string prefix, List<string> result)
        {
            var names = x.EnumerateObject().Select(p => p.Name).Union(y.EnumerateObject().Select(p => p.Name), StringComparer.Ordinal);
            foreach (var name in names)
            {
                var hasX = x.TryGetProperty(name, out var vx);
                var hasY = y.TryGetProperty(name, out var vy);
                if (hasX && hasY && vx.ValueKind == JsonValueKind.Object && vy.ValueKind == JsonValueKind.Object)
                {
                    Compare(vx, vy, prefix + name + ".", result);
                }
                else if (!hasX || !hasY || vx.GetRawText() != vy.GetRawText())
                {
                    result.Add(prefix + name);
                }
            }
        }
    }
}
