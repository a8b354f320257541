using Vms.Host.Cli;

namespace Vms.Host.Tests.Cli;

public sealed class CommandLineTests
{
    [Fact]
    public async Task RunAsync_UnknownVerb_ExitsWithUsageCodeAndOneLine()
    {
        var err = new StringWriter();

        var code = await CommandLine.RunAsync(["frobnicate"], new CommandConsole(TextWriter.Null, err), CancellationToken.None);

        Assert.Equal(CommandLine.Usage, code);
        Assert.Equal("vms: unknown verb 'frobnicate' (vms --help lists them)", err.ToString().Trim());
    }

    [Fact]
    public async Task RunAsync_Help_ListsTheRunVerb()
    {
        var err = new StringWriter();

        var code = await CommandLine.RunAsync(["--help"], new CommandConsole(TextWriter.Null, err), CancellationToken.None);

        Assert.Equal(CommandLine.Ok, code);
        Assert.Contains("  run ", err.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_InvalidSetting_ExitsWithTheValidationMessage()
    {
        var err = new StringWriter();

        var code = await CommandLine.RunAsync(["run", "--Vms:Rtsp:Port=70000"], new CommandConsole(TextWriter.Null, err), CancellationToken.None);

        Assert.Equal(CommandLine.Usage, code);
        Assert.Contains("Vms:Rtsp:Port must be 0..65535, not 70000", err.ToString(), StringComparison.Ordinal);
    }
}
