using Vms.Host.Audit;
using Vms.Host.Requisitions;
using Vms.Host.Security;
using Vms.Storage.Export;

namespace Vms.Host.Exports;

/// <summary>
/// Evidence export under a requisition: checks the export right (a named agent of an open requisition covering
/// the camera and range), writes Storage's MP4 + manifest, signs the manifest with the site key
/// (<c>manifest.json.sig</c>), makes every file read-only (the folder is written once; burning it to disc is the
/// operator's step) and audits the export.
/// </summary>
public sealed partial class SignedExportService(IAccessGate gate, RecordingAccess recordings, SiteSigningKey key, IAuditLog audit, TimeProvider time, ILoggerFactory loggers)
{
    public async Task<ExportResult> ExportAsync(SignedExportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var decision = await gate.CheckAsync(new AccessRequest(request.User, Rights.Export, request.Camera, request.From, request.To, request.ClientAddress), cancellationToken).ConfigureAwait(false);
        if (!decision.Allowed)
        {
            throw new UnauthorizedAccessException(decision.Reason);
        }

        if (!string.Equals(decision.Requisition?.Reference, request.Requisition, StringComparison.Ordinal))
        {
            throw new UnauthorizedAccessException($"requisition '{request.Requisition}' does not cover this export (covered by '{decision.Requisition?.Reference}')");
        }

        var exporter = new EvidenceExporter(recordings.Index, recordings.Files, time, loggers.CreateLogger<EvidenceExporter>());
        var who = $"user:{request.User}; write-once export; signed by site key sha256:{key.Fingerprint}";
        ExportResult result;
        try
        {
            result = await exporter.ExportAsync(new ExportRequest(request.Camera.Id, request.Stream, request.From, request.To, who, request.Requisition), request.Folder, cancellationToken).ConfigureAwait(false);
        }
        catch (ExportException e)
        {
            throw new RequisitionException(e.Message, e);
        }

        var manifest = await File.ReadAllBytesAsync(result.ManifestPath, cancellationToken).ConfigureAwait(false);
        var signaturePath = Path.Combine(result.Folder, ExportVerifier.SignatureFileName);
        await File.WriteAllBytesAsync(signaturePath, key.Sign(manifest), cancellationToken).ConfigureAwait(false);
        foreach (var file in new[] { result.VideoPath, result.ManifestPath, signaturePath })
        {
            MakeReadOnly(file);
        }

        await audit.AppendAsync(AuditRecord.Of(
            AuditActions.ExportCreated,
            request.User,
            AuditRecord.CameraTarget(request.Camera.Id),
            request.ClientAddress,
            ("requisition", request.Requisition),
            ("stream", request.Stream),
            ("from", request.From),
            ("to", request.To),
            ("folder", Path.GetFullPath(result.Folder)),
            ("videoSha256", result.Manifest.Video.Sha256),
            ("keyFingerprint", key.Fingerprint)), cancellationToken).ConfigureAwait(false);
        return result;
    }

    private static void MakeReadOnly(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            File.SetAttributes(path, File.GetAttributes(path) | FileAttributes.ReadOnly);
        }
        else
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }
    }
}
