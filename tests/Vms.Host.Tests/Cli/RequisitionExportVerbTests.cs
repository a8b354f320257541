using System.Globalization;
using Vms.Host.Cli;
using Vms.Host.Exports;
using Vms.Storage.Index;
using Vms.Storage.Tests.Export;

namespace Vms.Host.Tests.Cli;

/// <summary>
/// <c>vms users</c>, <c>vms requisitions open|list|close</c> and <c>vms export</c> on a site folder with five recorded
/// segments: the export verb writes a signed export only while the requisition is open and names the agent.
/// </summary>
[Collection(StandardInputCollection)]
public sealed class RequisitionExportVerbTests : IAsyncLifetime
{
    /// <summary>The test classes that set <see cref="Console.In"/> run one after the other.</summary>
    public const string StandardInputCollection = "vms verbs reading standard input";

    private static readonly DateTimeOffset T0 = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);
    private static readonly SemaphoreSlim StandardInput = new(1, 1);
    private string _folder = null!;

    private string Data => Path.Combine(_folder, "data");

    private string Root => Path.Combine(_folder, "r1");

    public async Task InitializeAsync()
    {
        _folder = Directory.CreateTempSubdirectory("vms-cli-export-").FullName;
        var clip = ClipAccessUnits.H264();
        var segments = new List<Vms.Storage.Segments.SegmentInfo>();
        for (var s = 0; s < 5; s++)
        {
            segments.Add(await TestSegmentWriter.WriteAsync(Root, "cam1", clip, s * 24, 24, T0.AddSeconds(2 * s)));
        }

        Directory.CreateDirectory(Data);
        var index = await SegmentIndexFactory.OpenAsync(SegmentIndexOptions.ForSqliteFolder(Data), TimeProvider.System, null, CancellationToken.None);
        try
        {
            await index.UpsertAsync("r1", segments, CancellationToken.None);
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

    private static string Instant(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    /// <summary>Runs a verb with <paramref name="input"/> as standard input; returns the exit code and everything written.</summary>
    private async Task<(int Code, string Output)> RunAsync(string? input, params string[] args)
    {
        using var output = new StringWriter();
        await StandardInput.WaitAsync();
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
            StandardInput.Release();
        }
    }

    private Task<(int Code, string Output)> ExportAsync(string output, string user = "ines", string requisition = "PV-7", string password = "investigator-1") =>
        RunAsync(password + "\n", "export", "--camera", "cam1", "--from", Instant(T0.AddSeconds(1)), "--to", Instant(T0.AddSeconds(7)), "--requisition", requisition, "--out", Path.Combine(_folder, output), "--user", user, "--root", "r1=" + Root);

    [Fact]
    public async Task RequisitionsOpenExportClose_ExportsOnlyWhileOpenAndOnlyToTheNamedAgent()
    {
        Assert.Equal(0, (await RunAsync(null, "users", "add", "ines", "--role", "investigator")).Code);
        Assert.Equal(0, (await RunAsync("investigator-1\n", "users", "passwd", "ines")).Code);
        Assert.Equal(0, (await RunAsync(null, "users", "add", "ivan", "--role", "investigator")).Code);
        Assert.Equal(0, (await RunAsync("investigator-2\n", "users", "passwd", "ivan")).Code);

        var open = await RunAsync(null, "requisitions", "open", "--reference", "PV-7", "--authority", "Parquet de Lyon", "--issued", "2026-03-10", "--camera", "cam1", "--from", Instant(T0), "--to", Instant(T0.AddMinutes(1)), "--agent", "ines", "--expires", Instant(DateTimeOffset.UtcNow.AddDays(30)), "--root", "r1=" + Root);
        Assert.True(open.Code == 0, open.Output);
        Assert.Contains("requisition PV-7 open; legal holds", open.Output, StringComparison.Ordinal);
        var list = await RunAsync(null, "requisitions", "list");
        Assert.Contains("PV-7", list.Output, StringComparison.Ordinal);
        Assert.Contains("agents=ines", list.Output, StringComparison.Ordinal);

        var exported = await ExportAsync("out1");
        Assert.True(exported.Code == 0, exported.Output);
        Assert.Contains("exported 72 frames", exported.Output, StringComparison.Ordinal);
        var publicKey = await File.ReadAllTextAsync(Path.Combine(Data, "keys", SiteSigningKey.PublicKeyFileName));
        var verification = await SignedExportVerifier.VerifyAsync(Path.Combine(_folder, "out1"), publicKey, CancellationToken.None);
        Assert.True(verification.IsValid, verification.ToString());

        Assert.Equal(1, (await ExportAsync("out2", user: "ivan", password: "investigator-2")).Code);
        Assert.Equal(1, (await ExportAsync("out3", requisition: "PV-8")).Code);
        Assert.Equal(1, (await ExportAsync("out4", password: "wrong-password")).Code);

        var close = await RunAsync(null, "requisitions", "close", "PV-7", "--root", "r1=" + Root);
        Assert.True(close.Code == 0, close.Output);
        Assert.Contains("requisition PV-7 closed", close.Output, StringComparison.Ordinal);
        Assert.Contains("closed", (await RunAsync(null, "requisitions", "list", "--all")).Output, StringComparison.Ordinal);
        Assert.Equal(1, (await ExportAsync("out5")).Code);
        Assert.False(Directory.Exists(Path.Combine(_folder, "out5")));
        Assert.Equal(1, (await RunAsync(null, "requisitions", "close", "PV-99", "--root", "r1=" + Root)).Code);
    }
}
