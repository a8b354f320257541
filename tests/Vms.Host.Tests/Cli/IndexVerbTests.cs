using Microsoft.Extensions.Logging.Abstractions;
using Vms.Host.Cli;
using Vms.Host.Options;
using Vms.Host.Recording;
using Vms.Host.Tests.Streaming;
using Vms.Storage.Index;
using Vms.TestSupport;

namespace Vms.Host.Tests.Cli;

public sealed class IndexVerbTests
{
    [Fact]
    public async Task IndexRebuild_IndexDeleted_RebuiltFromTheSegmentFilesWithCounts()
    {
        var data = Directory.CreateTempSubdirectory("vms-rebuild-");
        try
        {
            var host = await StreamingTestHost.StartAsync(new FakeCameraCatalog().With(FakeCameraCatalog.Camera("cam1")), data: data);
            var feeder = new SyntheticFeeder(host.Time, "cam1");
            var feed = feeder.Open(host.Ingest, "cam1");
            feeder.Publish(feed, 300); // 25 s: three segments of at most 10 s
            await feed.DisposeAsync().AsTask().WithTimeout();
            await host.DisposeAsyncKeepingData();
            foreach (var file in data.GetFiles(SegmentIndexOptions.SqliteFileName + "*"))
            {
                file.Delete();
            }

            var output = new StringWriter();
            var error = new StringWriter();
            var code = await CommandLine.RunAsync(["index", "rebuild", $"--Vms:DataFolder={data.FullName}"], new CommandConsole(output, error), CancellationToken.None).WithTimeout();

            Assert.True(code == CommandLine.Ok, error.ToString());
            Assert.True(output.ToString().Contains("files: 3, indexed: 3", StringComparison.Ordinal), output.ToString());
            Assert.Contains("rows without file removed: 0, unreadable: 0", output.ToString());
            await using var index = await SegmentIndexFactory.OpenAsync(RecordingStorage.IndexOptions(new VmsOptions { DataFolder = data.FullName }), TimeProvider.System, NullLoggerFactory.Instance, CancellationToken.None).WithTimeout();
            var segments = await index.FindAsync("cam1", "main", DateTimeOffset.UnixEpoch, DateTimeOffset.MaxValue.AddDays(-1), CancellationToken.None);
            Assert.Equal(300, segments.Sum(s => s.Segment.FrameCount));
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task IndexRebuild_BadArguments_UsageErrors()
    {
        var error = new StringWriter();
        var console = new CommandConsole(new StringWriter(), error);
        Assert.Equal(CommandLine.Usage, await CommandLine.RunAsync(["index"], console, CancellationToken.None));
        Assert.Equal(CommandLine.Usage, await CommandLine.RunAsync(["index", "rebuild", "--force"], console, CancellationToken.None));
        Assert.Contains("unexpected argument '--force'", error.ToString());
        var missing = Path.Combine(Path.GetTempPath(), "vms-no-such-" + Guid.NewGuid().ToString("N"));
        Assert.Equal(CommandLine.Failed, await CommandLine.RunAsync(["index", "rebuild", $"--Vms:DataFolder={missing}"], console, CancellationToken.None));
        Assert.Contains("no segment folder", error.ToString());
    }
}
