using Vms.Host.Exports;
using Vms.Host.Requisitions;
using Vms.Host.Security;
using Vms.Host.Tests.Security;
using Vms.TestSupport;

namespace Vms.Host.Tests.Exports;

public sealed class SignedExportServiceTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);
    private static readonly CameraRef Cam1 = new("cam1", null);
    private SecurityHarness _h = null!;

    private string Folder => Path.Combine(_h.Folder, "export");

    private SiteSigningKey Key => (SiteSigningKey)_h.Services.GetService(typeof(SiteSigningKey))!;

    public async Task InitializeAsync()
    {
        _h = await SecurityHarness.CreateAsync(T0.AddDays(1));
        await RecordedCamera.RecordAsync(_h, "cam1", T0);
        await _h.AddUserAsync("ines", "investigator-1", BuiltInRoles.Investigator);
        var requisitions = (RequisitionService)_h.Services.GetService(typeof(RequisitionService))!;
        await requisitions.OpenAsync(new RequisitionDraft("PV-42", "Parquet de Lyon", new DateOnly(2026, 3, 10), ["cam1"], T0, T0.AddMinutes(1), ["ines"], T0.AddDays(30)), "admin", null, CancellationToken.None);
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private Task<Vms.Storage.Export.ExportResult> ExportAsync(string user = "ines", string requisition = "PV-42") =>
        ((SignedExportService)_h.Services.GetService(typeof(SignedExportService))!).ExportAsync(
            new SignedExportRequest(user, Cam1, "main", T0.AddSeconds(1), T0.AddSeconds(7), requisition, Folder), CancellationToken.None);

    [Fact]
    public async Task ExportAsync_UnderRequisition_WritesSignedReadOnlyFilesThatVerify()
    {
        var result = await ExportAsync();

        var verification = await SignedExportVerifier.VerifyAsync(Folder, Key.PublicKeyPem, CancellationToken.None);
        Assert.True(verification.IsValid, verification.ToString());
        Assert.Contains(verification.Notes, n => n.Contains("signature", StringComparison.Ordinal));
        Assert.Equal("PV-42", result.Manifest.Requisition);
        Assert.Contains("write-once", result.Manifest.Exporter, StringComparison.Ordinal);
        Assert.Contains(Key.Fingerprint, result.Manifest.Exporter, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            foreach (var f in Directory.EnumerateFiles(Folder))
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead, File.GetUnixFileMode(f));
            }
        }
    }

    [Fact]
    public async Task ExportAsync_NotANamedAgentOrOtherRequisition_IsRefused()
    {
        await _h.AddUserAsync("ivan", "investigator-2", BuiltInRoles.Investigator);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => ExportAsync(user: "ivan"));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => ExportAsync(requisition: "PV-43"));
        Assert.False(Directory.Exists(Folder));
    }

    [Fact]
    public async Task VerifyAsync_ManifestChangedAndResigned_FailsAgainstTheSiteKey()
    {
        await ExportAsync();
        var manifestPath = Path.Combine(Folder, "manifest.json");
        File.SetAttributes(manifestPath, FileAttributes.Normal);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(manifestPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var text = await File.ReadAllTextAsync(manifestPath);
        await File.WriteAllTextAsync(manifestPath, text.Replace("PV-42", "PV-99", StringComparison.Ordinal));

        var verification = await SignedExportVerifier.VerifyAsync(Folder, Key.PublicKeyPem, CancellationToken.None);

        Assert.False(verification.IsValid);
        Assert.Contains(verification.Problems, p => p.Contains("signature of manifest.json does not match", StringComparison.Ordinal));
    }

    [Fact]
    public async Task VerifyExportVerb_ValidThenModifiedVideo_ExitsZeroThenOne()
    {
        await ExportAsync();
        var pub = Path.Combine(_h.Folder, "site.pub.pem");
        await File.WriteAllTextAsync(pub, Key.PublicKeyPem);
        using var good = new StringWriter();
        Assert.Equal(0, await Vms.Host.Cli.CommandLine.RunAsync(["verify-export", Folder, "--public-key", pub], new Vms.Host.Cli.CommandConsole(good, good), CancellationToken.None));
        Assert.Contains("export valid", good.ToString(), StringComparison.Ordinal);

        var video = Path.Combine(Folder, "export.mp4");
        File.SetAttributes(video, FileAttributes.Normal);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(video, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var bytes = await File.ReadAllBytesAsync(video);
        bytes[^100] ^= 0x01;
        await File.WriteAllBytesAsync(video, bytes);
        using var bad = new StringWriter();
        Assert.Equal(1, await Vms.Host.Cli.CommandLine.RunAsync(["verify-export", Folder, "--public-key", pub], new Vms.Host.Cli.CommandConsole(bad, bad), CancellationToken.None));
        Assert.Contains("export INVALID", bad.ToString(), StringComparison.Ordinal);
    }

    [RequiresToolsFact("openssl")]
    public async Task Openssl_VerifiesTheSignature_AndRejectsAModifiedManifest()
    {
        await ExportAsync();
        var pub = Path.Combine(_h.Folder, "site.pub.pem");
        await File.WriteAllTextAsync(pub, Key.PublicKeyPem);
        var manifest = Path.Combine(Folder, "manifest.json");
        var signature = Path.Combine(Folder, "manifest.json.sig");

        await using (var ok = await ExternalProcess.RunAsync("openssl", ["dgst", "-sha256", "-verify", pub, "-signature", signature, manifest], TimeSpan.FromSeconds(30)))
        {
            Assert.True(ok.ExitCode == 0, ok.StandardOutput + ok.StandardError);
            Assert.Contains("Verified OK", ok.StandardOutput, StringComparison.Ordinal);
        }

        var modified = Path.Combine(_h.Folder, "manifest-modified.json");
        var bytes = await File.ReadAllBytesAsync(manifest);
        bytes[bytes.Length / 2] ^= 0x01;
        await File.WriteAllBytesAsync(modified, bytes);
        await using var bad = await ExternalProcess.RunAsync("openssl", ["dgst", "-sha256", "-verify", pub, "-signature", signature, modified], TimeSpan.FromSeconds(30));
        Assert.NotEqual(0, bad.ExitCode);
        Assert.Contains("Verification failure", bad.StandardOutput + bad.StandardError, StringComparison.Ordinal);
    }
}
