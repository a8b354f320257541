using Xunit.Abstractions;

namespace Vms.Host.Tests.Cameras.Supervision;

/// <summary>The supervisor sets a camera clock that is off (the simulated camera's stream is not looked at: its frame
/// pacing follows its own clock, which this test moves).</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "disposed by IAsyncLifetime.DisposeAsync")]
public sealed class CameraClockSyncTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly CameraTestHost _host = new(output) { ClockSyncThreshold = TimeSpan.FromSeconds(2) };

    public Task InitializeAsync() => _host.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Connect_CameraClockThreeMinutesAhead_IsSetToTheServerClock()
    {
        var camera = await _host.StartCameraAsync(clockSkew: TimeSpan.FromMinutes(3));
        Assert.True(camera.Now - _host.Time.GetUtcNow() > TimeSpan.FromMinutes(2));
        var id = await _host.AdoptAsync(camera);

        var state = await _host.WaitStateAsync(id, s => s.LastConfigurationCheckUtc is not null);

        Assert.InRange(state.ClockOffset!.Value, TimeSpan.FromMinutes(2.9), TimeSpan.FromMinutes(4)); // the manual clock stands still meanwhile
        Assert.True((camera.Now - _host.Time.GetUtcNow()).Duration() < TimeSpan.FromSeconds(5), $"camera clock {camera.Now:O}, server {_host.Time.GetUtcNow():O}");
    }
}
