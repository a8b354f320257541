using System.Globalization;
using Vms.Host.Cli;
using Vms.Host.Recording;
using Vms.Storage.Index;
using Vms.Storage.Tests.Export;

namespace Vms.Host.Tests.Cli;

/// <summary>
/// <c>vms export</c> on the data folder the service records into (segments in <c>data/segments</c>, indexed under the
/// service's storage root), without any <c>--root</c>: the export finds the recordings as the docs show it. It sets
/// <see cref="Console.In"/>, so it runs in the same collection as the other verb tests that do.
/// </summary>
[Collection(RequisitionExportVerbTests.StandardInputCollection)]
public sealed class ExportVerbServiceFolderTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);
    private string _folder = null!;

    private string Data => Path.Combine(_folder, "data");

    public async Task InitializeAsync()
    {
        _folder = Directory.CreateTempSubdirectory("vms-cli-export-service-").FullName;
        var clip = ClipAccessUnits.H264();
        var segments = new List<Vms.Storage.Segments.SegmentInfo>();
        for (var s = 0; s < 3; s++)
        {
            segments.Add(await TestSegmentWriter.WriteAsync(Path.Combine(Data, "segments"), "cam1", clip, s * 24, 24, T0.AddSeconds(2 * s)));
        }

        var index = await SegmentIndexFactory.OpenAsync(SegmentIndexOptions.ForSqliteFolder(Data), TimeProvider.System, null, CancellationToken.None);
        try
        {
            await index.UpsertAsync(RecordingStorage.RootName, segments, CancellationToken.None);
        }
        finally
        {
            if (index is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Export_ServiceDataFolderWithoutRoot_WritesTheSignedExport()
    {
        Assert.Equal(0, (await RunAsync(null, "users", "add", "ines", "--role", "investigator")).Code);
        Assert.Equal(0, (await RunAsync("investigator-1\n", "users", "passwd", "ines")).Code);
        var open = await RunAsync(null, "requisitions", "open", "--reference", "PV-9", "--authority", "Parquet de Lyon", "--issued", "2026-03-10", "--camera", "cam1", "--from", Instant(T0), "--to", Instant(T0.AddMinutes(1)), "--agent", "ines", "--expires", Instant(DateTimeOffset.UtcNow.AddDays(30)));
        Assert.True(open.Code == 0, open.Output);

        var exported = await RunAsync("investigator-1\n", "export", "--camera", "cam1", "--from", Instant(T0.AddSeconds(1)), "--to", Instant(T0.AddSeconds(5)), "--requisition", "PV-9", "--out", Path.Combine(_folder, "out"), "--user", "ines");

        Assert.True(exported.Code == 0, exported.Output);
        Assert.True(File.Exists(Path.Combine(_folder, "out", "export.mp4")), exported.Output);
        Assert.True(File.Exists(Path.Combine(_folder, "out", "manifest.json.sig")), exported.Output);
    }

    [Fact]
    public async Task VerifyExport_WithoutPublicKeyOnTheSite_ChecksWithTheSiteKey()
    {
        Assert.Equal(0, (await RunAsync(null, "users", "add", "ines", "--role", "investigator")).Code);
        Assert.Equal(0, (await RunAsync("investigator-1\n", "users", "passwd", "ines")).Code);
        Assert.Equal(0, (await RunAsync(null, "requisitions", "open", "--reference", "PV-9", "--authority", "Parquet de Lyon", "--issued", "2026-03-10", "--camera", "cam1", "--from", Instant(T0), "--to", Instant(T0.AddMinutes(1)), "--agent", "ines", "--expires", Instant(DateTimeOffset.UtcNow.AddDays(30)))).Code);
        var output = Path.Combine(_folder, "out");
        Assert.Equal(0, (await RunAsync("investigator-1\n", "export", "--camera", "cam1", "--from", Instant(T0.AddSeconds(1)), "--to", Instant(T0.AddSeconds(5)), "--requisition", "PV-9", "--out", output, "--user", "ines")).Code);

        var verified = await RunAsync(null, "verify-export", output);

        Assert.True(verified.Code == 0, verified.Output);
        Assert.Contains("checking the signature with this site's key", verified.Output, StringComparison.Ordinal);
        Assert.Contains("export valid", verified.Output, StringComparison.Ordinal);
    }

    private static string Instant(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private async Task<(int Code, string Output)> RunAsync(string? input, params string[] args)
    {
        using var output = new StringWriter();
        var previous = Console.In;
        try
        {
            Console.SetIn(new StringReader(input ?? string.Empty));
            var code = await CommandLine.RunAsync([.. args, "--data", Data], new CommandConsole(output, output), CancellationToken.None);
            return (code, output.ToString());
        }
        finally
        {
            Console.SetIn(previous);
        }
    }
}
