using System.Text.Json;
using Vms.Host.Cli;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Host.Tests.Cameras.Cli;

/// <summary><c>vms cameras add|list|remove</c> on a data folder, against a simulated camera.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "disposed by IAsyncLifetime.DisposeAsync")]
public sealed class CamerasVerbTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly CameraTestHost _sim = new(output);
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("vms-cli-cameras-");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _sim.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Delete(recursive: true);
    }

    [Fact]
    public async Task AddListRemove_SimulatedCamera_RoundTripsThroughTheDatabase()
    {
        var camera = await _sim.StartCameraAsync(name: "Parvis");
        var setting = $"--Vms:DataFolder={_data.FullName}";

        var (code, text, error) = await RunAsync("cameras", "add", camera.DeviceServiceUri.AbsoluteUri, "--user", "admin", "--password", "admin", "--location", "Lyon", setting);
        Assert.True(code == 0, error);
        Assert.StartsWith("added parvis: Parvis", text, StringComparison.Ordinal);

        (code, text, _) = await RunAsync("cameras", "list", "--json", setting);
        Assert.Equal(0, code);
        using (var json = JsonDocument.Parse(text))
        {
            var only = Assert.Single(json.RootElement.EnumerateArray());
            Assert.Equal("parvis", only.GetProperty("id").GetString());
            Assert.Equal("Lyon", only.GetProperty("location").GetString());
            Assert.Equal("profile_main", only.GetProperty("mainProfile").GetString());
            Assert.True(only.GetProperty("hasCredentials").GetBoolean());
            Assert.DoesNotContain("\"admin\"", text, StringComparison.Ordinal);
        }

        (code, text, _) = await RunAsync("cameras", "list", setting);
        Assert.Equal(0, code);
        Assert.Contains("parvis", text, StringComparison.Ordinal);

        (code, text, _) = await RunAsync("cameras", "remove", "parvis", setting);
        Assert.Equal((0, "removed parvis"), (code, text.Trim()));
        (code, _, error) = await RunAsync("cameras", "remove", "parvis", setting);
        Assert.Equal((1, "vms cameras: no camera 'parvis'"), (code, error.Trim()));
        (_, text, _) = await RunAsync("cameras", "list", "--json", setting);
        Assert.Equal("[]", text.Trim());
    }

    [Fact]
    public async Task Add_WrongPassword_FailsWithOneLine()
    {
        var camera = await _sim.StartCameraAsync();

        var (code, _, error) = await RunAsync("cameras", "add", camera.DeviceServiceUri.AbsoluteUri, "--user", "admin", "--password", "wrong", $"--Vms:DataFolder={_data.FullName}");

        Assert.Equal(1, code);
        Assert.Contains("refused every credential tried (1)", error, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cameras")]
    [InlineData("cameras", "add", "not-a-url")]
    [InlineData("cameras", "add", "http://192.0.2.1/", "--user", "admin")]
    [InlineData("cameras", "frobnicate")]
    public async Task BadUsage_ExitsTwo(params string[] args)
    {
        var (code, _, error) = await RunAsync([.. args, $"--Vms:DataFolder={_data.FullName}"]);

        Assert.Equal(2, code);
        Assert.StartsWith("vms cameras: ", error, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(args, new CommandConsole(stdout, stderr), CancellationToken.None).WithTimeout();
        return (code, stdout.ToString(), stderr.ToString());
    }
}
