using Vms.Storage.Export;

namespace Vms.Host.Exports;

/// <summary>
/// Checks a signed export offline: Storage's checks (files, sizes, SHA-256, canonical manifest, manifest embedded
/// in the MP4, no extra file) plus the site signature of <c>manifest.json</c> (<c>manifest.json.sig</c>).
/// </summary>
public static class SignedExportVerifier
{
    public static async Task<ExportVerification> VerifyAsync(string folder, string? publicKeyPem, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var basic = await ExportVerifier.VerifyAsync(folder, null, cancellationToken).ConfigureAwait(false);
        var problems = basic.Problems.ToList();
        var notes = basic.Notes.ToList();
        var manifestPath = Path.Combine(folder, ExportManifest.FileName);
        var signaturePath = Path.Combine(folder, ExportVerifier.SignatureFileName);
        if (!File.Exists(signaturePath))
        {
            problems.Add($"{ExportVerifier.SignatureFileName} is missing: the export is not signed");
        }
        else if (publicKeyPem is null)
        {
            problems.Add("no public key to check the signature with (give the site's public key)");
        }
        else if (File.Exists(manifestPath))
        {
            var manifest = await File.ReadAllBytesAsync(manifestPath, cancellationToken).ConfigureAwait(false);
            var signature = await File.ReadAllBytesAsync(signaturePath, cancellationToken).ConfigureAwait(false);
            if (signature.Length > 1024 || !SiteSigningKey.Verify(publicKeyPem, manifest, signature))
            {
                problems.Add($"the signature of {ExportManifest.FileName} does not match the site key: the manifest was changed or signed by another key");
            }
            else
            {
                notes.Add("signature of manifest.json verified with the site key");
            }
        }

        return new ExportVerification(problems.Count == 0, problems, notes);
    }
}
