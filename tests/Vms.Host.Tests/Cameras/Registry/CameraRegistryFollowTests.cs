using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Vms.Host.Cameras.Supervision;
using Vms.Host.Cli;
using Vms.Host.Data;
using Vms.Host.Tests.Data;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Host.Tests.Cameras.Registry;

/// <summary>
/// A running service follows the camera registry writes of another process: <c>vms cameras add|remove</c> run on
/// the same data folder while the service runs start and stop its supervisors at the next change poll.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "disposed by IAsyncLifetime.DisposeAsync")]
public sealed class CameraRegistryFollowTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly CameraTestHost _host = new(output);

    public Task InitializeAsync() => _host.StartAsync();

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task FollowAsync_CliAddsThenRemovesACamera_TheRunningServiceSupervisesItThenStops()
    {
        var camera = await _host.StartCameraAsync(name: "Parvis");
        var setting = $"--Vms:DataFolder={_host.DataFolder}";

        var (code, _, error) = await RunCliAsync("cameras", "add", camera.DeviceServiceUri.AbsoluteUri, "--user", "admin", "--password", "admin", "--id", "parvis", setting);
        Assert.True(code == 0, error);
        Assert.DoesNotContain("parvis", Supervisor.Supervised);

        await ChangePolls.PollAsync(_host.Services, _host.Time, HostChangeAreas.Cameras);
        await _host.WaitStateAsync("parvis", s => s.Online && s.FramesPerSecond is not null);
        Assert.Contains("parvis", Supervisor.Supervised);
        Assert.Contains(_host.Ingest.Feeds, f => f.CameraId == "parvis" && f.Units > 0);

        (code, _, error) = await RunCliAsync("cameras", "remove", "parvis", setting);
        Assert.True(code == 0, error);
        await ChangePolls.PollAsync(_host.Services, _host.Time, HostChangeAreas.Cameras);
        await _host.Ingest.WaitAsync(i => i.Feeds.Where(f => f.CameraId == "parvis").All(f => f.Disposed)).WithTimeout();
        Assert.DoesNotContain("parvis", Supervisor.Supervised);
        using var gone = await _host.Api.GetAsync("api/v1/cameras/parvis");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task FollowAsync_ChangeMadeThroughTheApi_AppliedAtOnceAndNotRaisedAgainByThePoll()
    {
        var camera = await _host.StartCameraAsync(name: "Quai");
        var id = await _host.AdoptAsync(camera, "quai");
        Assert.Contains(id, Supervisor.Supervised);

        var raised = new List<string>();
        void OnChanged(object? sender, string cameraId)
        {
            lock (raised)
            {
                raised.Add(cameraId);
            }
        }

        _host.Registry.Changed += OnChanged;
        try
        {
            using var patched = await _host.Api.PatchAsync($"api/v1/cameras/{id}", new StringContent("""{"name":"Quai Nord"}""", System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
            lock (raised)
            {
                Assert.Equal([id], raised);
            }

            await ChangePolls.PollAsync(_host.Services, _host.Time, HostChangeAreas.Cameras);
            lock (raised)
            {
                Assert.Equal([id], raised);
            }
        }
        finally
        {
            _host.Registry.Changed -= OnChanged;
        }
    }

    private CameraSupervisorHost Supervisor => _host.Services.GetRequiredService<CameraSupervisorHost>();

    private static async Task<(int Code, string Out, string Error)> RunCliAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(args, new CommandConsole(stdout, stderr), CancellationToken.None).WithTimeout();
        return (code, stdout.ToString(), stderr.ToString());
    }
}
