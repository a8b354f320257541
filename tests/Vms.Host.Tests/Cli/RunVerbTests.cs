using Vms.Host.Cli;
using Vms.Host.Cli.Verbs;
using Vms.TestSupport;

namespace Vms.Host.Tests.Cli;

public sealed class RunVerbTests
{
    [Fact]
    public void ConfigurationArguments_VerbOptions_BecomeConfigurationKeys()
    {
        var args = RunVerb.ConfigurationArguments(["--demo", "5", "--data=/srv/vms", "--Vms:Rtsp:Port=9554", "--Vms:Http:Port", "9080"]);

        Assert.Equal(["--Vms:Demo:Cameras=5", "--Vms:DataFolder=/srv/vms", "--Vms:Rtsp:Port=9554", "--Vms:Http:Port", "9080"], args);
    }

    [Theory]
    [InlineData(new[] { "--demo" }, "--demo needs a number of cameras (e.g. --demo 5)")]
    [InlineData(new[] { "--demo", "five" }, "--demo needs a number of cameras, not 'five'")]
    [InlineData(new[] { "--demo=-1" }, "--demo needs a number of cameras, not '-1'")]
    [InlineData(new[] { "cameras" }, "unexpected argument 'cameras' (settings are --Vms:Key=value, e.g. --Vms:Rtsp:Port=8554)")]
    [InlineData(new[] { "--Vms:Rtsp:Port" }, "'--Vms:Rtsp:Port' needs a value (--Vms:Key=value)")]
    public async Task RunAsync_BadArguments_ExitCode2WithOneLine(string[] args, string message)
    {
        var err = new StringWriter();

        var code = await CommandLine.RunAsync(["run", .. args], new CommandConsole(TextWriter.Null, err), CancellationToken.None);

        Assert.Equal(CommandLine.Usage, code);
        Assert.Equal("vms run: " + message, err.ToString().Trim());
    }

    [Fact]
    public async Task RunAsync_ValueOfTheWrongType_ExitCode2WithoutStackTrace()
    {
        var err = new StringWriter();

        var code = await CommandLine.RunAsync(["run", "--Vms:Rtsp:Port=abc"], new CommandConsole(TextWriter.Null, err), CancellationToken.None);

        Assert.Equal(CommandLine.Usage, code);
        var text = err.ToString().Trim();
        Assert.Contains("'abc' at 'Vms:Rtsp:Port'", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at Microsoft.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Demo_StartsCamerasPrintsTheBannerAndStopsCleanlyOnCancel()
    {
        var data = Directory.CreateTempSubdirectory("vms-run-demo-");
        using var stop = new CancellationTokenSource();
        var banner = new BannerWriter(stop);
        try
        {
            var code = await CommandLine.RunAsync(
                [
                    "run", "--demo", "3", "--data", data.FullName,
                    "--Vms:Rtsp:Port=0", "--Vms:Rtsp:BindAddress=127.0.0.1", "--Vms:Http:Port=0",
                    $"--Vms:Demo:DiscoveryPort={Loopback.FreeUdpPortPair()}", "--Vms:Demo:MainResolution=320x180",
                ],
                new CommandConsole(banner, TextWriter.Null),
                stop.Token).WithTimeout(TimeSpan.FromSeconds(60));

            Assert.Equal(CommandLine.Ok, code);
            var text = banner.ToString();
            Assert.Contains("Vms demo: 3 simulated camera(s)", text, StringComparison.Ordinal);
            Assert.Contains("cam-02   ptz", text, StringComparison.Ordinal);
            Assert.Contains("cam-03   panoramic", text, StringComparison.Ordinal);
            Assert.Contains("/cam-01/playback?start=", text, StringComparison.Ordinal);
            Assert.Contains("ffplay -rtsp_transport tcp rtsp://admin:demo-admin-password@127.0.0.1:", text, StringComparison.Ordinal);
            Assert.Contains("login     admin / demo-admin-password", text, StringComparison.Ordinal);
            foreach (var name in new[] { "cam-01", "cam-02", "cam-03" })
            {
                Assert.True(File.Exists(Path.Combine(data.FullName, "demo-cameras", name, "camera.json")), $"{name} saved its state when stopped");
            }
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    /// <summary>Collects what the verb prints and cancels the run once the banner's last line is written.</summary>
    private sealed class BannerWriter(CancellationTokenSource stop) : StringWriter
    {
        public override async Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
        {
            await base.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (ToString().Contains("stop      Ctrl+C", StringComparison.Ordinal))
            {
                await stop.CancelAsync().ConfigureAwait(false);
            }
        }
    }
}
