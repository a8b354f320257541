using Vms.Host.Cli;

namespace Vms.Host.Tests.Cli;

public sealed class CommandArgumentsTests
{
    [Fact]
    public void Parse_MixedForms_ReadsPositionalsOptionsAndFlags()
    {
        var a = CommandArguments.Parse(["http://cam/onvif", "--user", "admin", "--password=p@ss:w=rd", "--json", "--interface", "127.0.0.1", "--interface", "10.0.0.1"], "json");

        Assert.Equal(["http://cam/onvif"], a.Positionals);
        Assert.Equal("admin", a.Option("user"));
        Assert.Equal("p@ss:w=rd", a.Option("password"));
        Assert.True(a.Flag("json"));
        Assert.Equal(["127.0.0.1", "10.0.0.1"], a.Options("interface"));
        a.ThrowIfUnknown();
    }

    [Fact]
    public void ThrowIfUnknown_Typo_NamesTheOption()
    {
        var a = CommandArguments.Parse(["--tiemout", "3s"]);
        _ = a.DurationOption("timeout", TimeSpan.FromSeconds(3));

        var e = Assert.Throws<CommandLineException>(a.ThrowIfUnknown);
        Assert.Contains("--tiemout", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("500ms", 500)]
    [InlineData("3s", 3000)]
    [InlineData("2m", 120_000)]
    [InlineData("1.5s", 1500)]
    [InlineData("00:00:04", 4000)]
    public void DurationOption_Forms_Parse(string text, int expectedMs)
    {
        var a = CommandArguments.Parse(["--timeout", text]);

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), a.DurationOption("timeout", TimeSpan.Zero));
    }

    [Theory]
    [InlineData("--timeout", "soon")]
    [InlineData("--timeout", "-3s")]
    [InlineData("--count", "x")]
    public void Accessors_BadValue_ThrowWithOneLineReason(string name, string value)
    {
        var a = CommandArguments.Parse([name, value]);

        var e = Assert.Throws<CommandLineException>(() =>
        {
            _ = a.DurationOption("timeout", TimeSpan.Zero);
            _ = a.IntOption("count", 0, 0, 10);
        });
        Assert.DoesNotContain('\n', e.Message);
        Assert.Contains(value, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OptionWithoutValue_Throws()
    {
        var e = Assert.Throws<CommandLineException>(() => CommandArguments.Parse(["--user"]));
        Assert.Equal("--user needs a value", e.Message);
    }
}
