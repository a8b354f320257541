using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Vms.Host.Cameras.Ptz;
using Vms.Simulators.Camera;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Host.Tests.Cameras.Ptz;

/// <summary>PTZ through the REST API against a simulated PTZ camera.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "disposed by IAsyncLifetime.DisposeAsync")]
public sealed class CameraPtzApiTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly CameraTestHost _host = new(output);
    private SimulatedCamera _camera = null!;
    private string _id = string.Empty;

    public async Task InitializeAsync()
    {
        await _host.StartAsync(withIngest: false);
        _camera = await _host.StartCameraAsync(CameraKind.Ptz, "Carrefour");
        _id = await _host.AdoptAsync(_camera);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Presets_CreateMoveAwayGoto_BringTheCameraBack()
    {
        await PostAsync("ptz/absolute", new { pan = 0.5, tilt = 0.25, zoom = 0.0 });
        await _camera.WaitPtzIdleAsync(CancellationToken.None).WithTimeout();
        using var created = await _host.Api.PostAsJsonAsync($"api/v1/cameras/{_id}/ptz/presets", new { name = "Porte" }).WithTimeout();
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var token = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;

        await PostAsync("ptz/absolute", new { pan = -0.5, tilt = -0.5 });
        await _camera.WaitPtzIdleAsync(CancellationToken.None).WithTimeout();
        var away = await _host.Api.GetFromJsonAsync<PtzPositionInfo>($"api/v1/cameras/{_id}/ptz", Json.Options).WithTimeout();
        Assert.Equal(-0.5f, away!.Pan!.Value, 0.01f);

        await PostAsync($"ptz/presets/{token}/goto", null);
        await _camera.WaitPtzIdleAsync(CancellationToken.None).WithTimeout();
        var back = await _host.Api.GetFromJsonAsync<PtzPositionInfo>($"api/v1/cameras/{_id}/ptz", Json.Options).WithTimeout();
        Assert.Equal(0.5f, back!.Pan!.Value, 0.01f);
        Assert.Equal(0.25f, back.Tilt!.Value, 0.01f);
        Assert.False(back.Moving);

        var presets = await _host.Api.GetFromJsonAsync<List<PtzPresetInfo>>($"api/v1/cameras/{_id}/ptz/presets", Json.Options).WithTimeout();
        Assert.Contains(presets!, p => p.Token == token && p.Name == "Porte");
        using var removed = await _host.Api.DeleteAsync($"api/v1/cameras/{_id}/ptz/presets/{token}").WithTimeout();
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        presets = await _host.Api.GetFromJsonAsync<List<PtzPresetInfo>>($"api/v1/cameras/{_id}/ptz/presets", Json.Options).WithTimeout();
        Assert.DoesNotContain(presets!, p => p.Token == token);
    }

    [Theory]
    [InlineData("POST", "ptz/presets/nope/goto")]
    [InlineData("DELETE", "ptz/presets/nope")]
    public async Task Preset_Unknown_Is404(string method, string path)
    {
        using var response = await _host.Api.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"api/v1/cameras/{_id}/{path}")).WithTimeout();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("has no preset 'nope'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ptz/move", """{"pan":1.5}""", "pan 1.5 must be within -1..1")]
    [InlineData("ptz/absolute", """{"pan":0}""", "pan and tilt are required")]
    [InlineData("ptz/presets", """{}""", "a preset name is required")]
    public async Task Ptz_BadInput_Is400(string path, string body, string expected)
    {
        using var response = await _host.Api.PostAsync($"api/v1/cameras/{_id}/{path}", new StringContent(body, System.Text.Encoding.UTF8, "application/json")).WithTimeout();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContinuousMove_NoFurtherCommand_StopsAfterTheDeadman()
    {
        var ptz = _host.Services.GetRequiredService<CameraPtz>();
        var stopped = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        ptz.DeadmanStopped += (_, id) => stopped.TrySetResult(id);
        await PostAsync("ptz/move", new { pan = 0.05 });
        var moving = await _host.Api.GetFromJsonAsync<PtzPositionInfo>($"api/v1/cameras/{_id}/ptz", Json.Options).WithTimeout();
        Assert.True(moving!.Moving);

        // a second command re-arms the dead-man: half of it later nothing has stopped the camera
        _host.Time.Advance(CameraTestHost.Deadman / 2);
        await PostAsync("ptz/move", new { pan = 0.05 });
        _host.Time.Advance((CameraTestHost.Deadman / 2) + TimeSpan.FromMilliseconds(100));
        Assert.Equal(0, ptz.DeadmanStops);
        Assert.True((await _host.Api.GetFromJsonAsync<PtzPositionInfo>($"api/v1/cameras/{_id}/ptz", Json.Options).WithTimeout())!.Moving);

        _host.Time.Advance(CameraTestHost.Deadman);
        Assert.Equal(_id, await stopped.Task.WithTimeout());
        Assert.Equal(1, ptz.DeadmanStops);
        Assert.False((await _host.Api.GetFromJsonAsync<PtzPositionInfo>($"api/v1/cameras/{_id}/ptz", Json.Options).WithTimeout())!.Moving);
    }

    [Fact]
    public async Task PtzCommand_ByAUser_IsAuditedWithTheUserAndCamera()
    {
        await PostAsync("ptz/home", null);

        var entries = await _host.Services.GetRequiredService<Vms.Host.Audit.IAuditLog>()
            .QueryAsync(new Vms.Host.Audit.AuditQuery(Action: Vms.Host.Audit.AuditActions.PtzCommand), default).WithTimeout();
        var entry = Assert.Single(entries);
        Assert.Equal(("tester", $"camera:{_id}"), (entry.Actor, entry.Target));
        Assert.Contains("ptz.home", entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PtzCommand_WithoutToken_Is401()
    {
        using var anonymous = new HttpClient { BaseAddress = _host.Api.BaseAddress };
        using var response = await anonymous.PostAsJsonAsync($"api/v1/cameras/{_id}/ptz/home", new { }).WithTimeout();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Stop_AfterMove_StopsAtOnceAndDisarmsTheDeadman()
    {
        var ptz = _host.Services.GetRequiredService<CameraPtz>();
        await PostAsync("ptz/move", new { tilt = -0.05 });
        await PostAsync("ptz/stop", null);

        Assert.False((await _host.Api.GetFromJsonAsync<PtzPositionInfo>($"api/v1/cameras/{_id}/ptz", Json.Options).WithTimeout())!.Moving);
        _host.Time.Advance(CameraTestHost.Deadman * 2);
        Assert.Equal(0, ptz.DeadmanStops);
    }

    private async Task PostAsync(string path, object? body)
    {
        using var response = await _host.Api.PostAsJsonAsync($"api/v1/cameras/{_id}/{path}", body ?? new { }).WithTimeout();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
