using Vms.Onvif.Model.Common;
using Vms.Onvif.Model.Ptz;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Simulators.Tests.Camera;

public sealed class PtzServiceTests(ITestOutputHelper output)
{
    private const string Profile = "profile_main";

    [Fact]
    public async Task NodesAndConfigurations_DescribeGenericSpacesPresetsAndHome()
    {
        await using var h = CameraHarness.Create(output);

        var node = Assert.Single((await h.CallAsync<GetNodesResponse>(new GetNodes().ToXml())).Nodes);
        var configuration = (await h.CallAsync<GetConfigurationResponse>(new GetConfiguration("ptz_config").ToXml())).Configuration;
        var options = (await h.CallAsync<GetConfigurationOptionsResponse>(new GetConfigurationOptions("ptz_config").ToXml())).Options;
        var unknownNode = await h.CallAsync(new GetNode("x").ToXml());

        Assert.Equal((32, true), (node.MaximumNumberOfPresets, node.HomeSupported));
        Assert.Contains(node.SupportedPtzSpaces.RelativePanTiltTranslationSpace, s => s.Uri == PtzSpaceUris.PanTiltTranslationFov);
        Assert.Equal("ptz_node", configuration.NodeToken);
        Assert.Equal(PtzSpaceUris.PanTiltVelocityGeneric, Assert.Single(options.Spaces.ContinuousPanTiltVelocitySpace).Uri);
        CameraHarness.AssertFault(unknownNode, OnvifFaultCodes.NoEntity);
    }

    [Fact]
    public async Task ContinuousMove_WithTimeout_MovesThenStopsByItself()
    {
        await using var h = CameraHarness.Create(output);

        await h.CallAsync(new ContinuousMove(Profile, new PtzVector(new Vector2D(0.5f, 0), null), TimeSpan.FromSeconds(1)).ToXml());
        h.Time.Advance(TimeSpan.FromMilliseconds(500));
        var moving = (await h.CallAsync<GetStatusResponse>(new GetStatus(Profile).ToXml())).Status;
        h.Time.Advance(TimeSpan.FromSeconds(5));
        var stopped = (await h.CallAsync<GetStatusResponse>(new GetStatus(Profile).ToXml())).Status;

        Assert.Equal(MoveStatus.Moving, moving.MoveStatus!.PanTilt);
        Assert.Equal(0.25f, moving.Position!.PanTilt!.X, 3);
        Assert.Equal(MoveStatus.Idle, stopped.MoveStatus!.PanTilt);
        Assert.Equal(0.5f, stopped.Position!.PanTilt!.X, 3);
        Assert.Equal(h.Camera.Now, stopped.UtcTime);
    }

    [Fact]
    public async Task AbsoluteMove_IsSpeedLimitedAndStopHaltsIt()
    {
        await using var h = CameraHarness.Create(output);

        await h.CallAsync(new AbsoluteMove(Profile, new PtzVector(new Vector2D(1, 0), new Vector1D(1))).ToXml());
        h.Time.Advance(TimeSpan.FromSeconds(1));
        var halfway = (await h.CallAsync<GetStatusResponse>(new GetStatus(Profile).ToXml())).Status;
        await h.CallAsync(new Stop(Profile).ToXml());
        h.Time.Advance(TimeSpan.FromSeconds(5));
        var stopped = (await h.CallAsync<GetStatusResponse>(new GetStatus(Profile).ToXml())).Status;
        var outOfRange = await h.CallAsync(new AbsoluteMove(Profile, new PtzVector(new Vector2D(3, 0), null)).ToXml());

        Assert.Equal(0.5f, halfway.Position!.PanTilt!.X, 3);
        Assert.Equal(0.5f, halfway.Position.Zoom!.X, 3);
        Assert.Equal(0.5f, stopped.Position!.PanTilt!.X, 3);
        Assert.Equal(MoveStatus.Idle, stopped.MoveStatus!.PanTilt);
        CameraHarness.AssertFault(outOfRange, OnvifFaultCodes.InvalidPosition);
    }

    [Fact]
    public async Task Presets_SetGotoRemove_MoveTheSceneViewport()
    {
        await using var h = CameraHarness.Create(output);
        await h.CallAsync(new AbsoluteMove(Profile, new PtzVector(new Vector2D(-0.6f, 0.3f), new Vector1D(0.2f))).ToXml());
        h.Time.Advance(TimeSpan.FromSeconds(10));
        var token = (await h.CallAsync<SetPresetResponse>(new SetPreset(Profile, "Entrée mairie").ToXml())).PresetToken;
        await h.CallAsync(new GotoHomePosition(Profile).ToXml());
        h.Time.Advance(TimeSpan.FromSeconds(10));
        h.Camera.FollowPtz();
        var home = h.Camera.Scene.State.Position;

        await h.CallAsync(new GotoPreset(Profile, token).ToXml());
        h.Time.Advance(TimeSpan.FromSeconds(10));
        h.Camera.FollowPtz();
        var atPreset = h.Camera.Scene.State.Position;
        var presets = (await h.CallAsync<GetPresetsResponse>(new GetPresets(Profile).ToXml())).Presets;
        var removed = await h.CallAsync(new RemovePreset(Profile, token).ToXml());
        var gotoRemoved = await h.CallAsync(new GotoPreset(Profile, token).ToXml());

        Assert.Equal(0, home.Pan, 3);
        Assert.Equal(-0.6, atPreset.Pan, 3);
        Assert.Equal(0.3, atPreset.Tilt, 3);
        Assert.Equal(0.2, atPreset.Zoom, 3);
        Assert.Equal("Entrée mairie", Assert.Single(presets).Name);
        Assert.Equal(200, removed.StatusCode);
        CameraHarness.AssertFault(gotoRemoved, OnvifFaultCodes.NoToken);
    }

    [Fact]
    public async Task SetPreset_Beyond32_FaultsTooManyPresets()
    {
        await using var h = CameraHarness.Create(output);
        for (var i = 0; i < 32; i++)
        {
            Assert.Equal(200, (await h.CallAsync(new SetPreset(Profile, $"p{i}").ToXml())).StatusCode);
        }

        var extra = await h.CallAsync(new SetPreset(Profile, "one too many").ToXml());
        var duplicate = await h.CallAsync(new SetPreset(Profile, "p3", "preset_1").ToXml());
        var unknownToken = await h.CallAsync(new SetPreset(Profile, null, "preset_999").ToXml());

        CameraHarness.AssertFault(extra, OnvifFaultCodes.TooManyPresets);
        CameraHarness.AssertFault(duplicate, OnvifFaultCodes.PresetExist);
        CameraHarness.AssertFault(unknownToken, OnvifFaultCodes.NoToken);
    }

    [Fact]
    public async Task SetHomePosition_ThenGotoHome_ReturnsThere()
    {
        await using var h = CameraHarness.Create(output);
        await h.CallAsync(new RelativeMove(Profile, new PtzVector(new Vector2D(0.4f, -0.2f), null)).ToXml());
        h.Time.Advance(TimeSpan.FromSeconds(10));
        await h.CallAsync(new SetHomePosition(Profile).ToXml());
        await h.CallAsync(new AbsoluteMove(Profile, new PtzVector(new Vector2D(-1, -1), null)).ToXml());
        h.Time.Advance(TimeSpan.FromSeconds(10));

        await h.CallAsync(new GotoHomePosition(Profile).ToXml());
        h.Time.Advance(TimeSpan.FromSeconds(10));
        var status = (await h.CallAsync<GetStatusResponse>(new GetStatus(Profile).ToXml())).Status;

        Assert.Equal(0.4f, status.Position!.PanTilt!.X, 3);
        Assert.Equal(-0.2f, status.Position.PanTilt.Y, 3);
    }

    [Fact]
    public async Task Stop_PanTiltOnlyWhileZoomIsStill_EndsTheMoveButKeepsAMovingZoom()
    {
        await using var h = CameraHarness.Create(output);

        // pan only (zoom velocity 0), then a pan/tilt-only Stop: nothing moves any more, the move is over
        await h.CallAsync(new ContinuousMove(Profile, new PtzVector(new Vector2D(0.5f, 0), new Vector1D(0))).ToXml());
        h.Time.Advance(TimeSpan.FromMilliseconds(500));
        await h.CallAsync(new Stop(Profile, PanTilt: true, Zoom: false).ToXml());
        var panStopped = h.Camera.WaitPtzIdleAsync(CancellationToken.None);
        var afterPanStop = (await h.CallAsync<GetStatusResponse>(new GetStatus(Profile).ToXml())).Status;

        // pan and zoom, then the same Stop: zoom still runs until its timeout
        await h.CallAsync(new ContinuousMove(Profile, new PtzVector(new Vector2D(0.5f, 0), new Vector1D(0.5f)), TimeSpan.FromSeconds(1)).ToXml());
        h.Time.Advance(TimeSpan.FromMilliseconds(200));
        await h.CallAsync(new Stop(Profile, PanTilt: true, Zoom: false).ToXml());
        var zoomRunning = h.Camera.WaitPtzIdleAsync(CancellationToken.None);
        var zoomRunningEarly = zoomRunning.IsCompleted;
        var whileZooming = (await h.CallAsync<GetStatusResponse>(new GetStatus(Profile).ToXml())).Status;
        h.Time.Advance(TimeSpan.FromSeconds(1));
        await zoomRunning.WithTimeout();

        Assert.True(panStopped.IsCompleted);
        Assert.Equal(MoveStatus.Idle, afterPanStop.MoveStatus!.PanTilt);
        Assert.Equal(0.25f, afterPanStop.Position!.PanTilt!.X, 3);
        Assert.False(zoomRunningEarly);
        Assert.Equal((MoveStatus.Idle, MoveStatus.Moving), (whileZooming.MoveStatus!.PanTilt, whileZooming.MoveStatus.Zoom));
    }

    [Fact]
    public async Task WaitPtzIdleAsync_CompletesWhenTheMoveEndsOnTheCameraClock()
    {
        await using var h = CameraHarness.Create(output);
        await h.CallAsync(new AbsoluteMove(Profile, new PtzVector(new Vector2D(1, 0), null)).ToXml());

        var idle = h.Camera.WaitPtzIdleAsync(CancellationToken.None);
        h.Time.Advance(TimeSpan.FromSeconds(0.5));
        var earlyDone = idle.IsCompleted;
        h.Time.Advance(TimeSpan.FromSeconds(1));
        await idle.WithTimeout();

        Assert.False(earlyDone);
        Assert.Equal(1f, (await h.CallAsync<GetStatusResponse>(new GetStatus(Profile).ToXml())).Status.Position!.PanTilt!.X, 3);
    }
}
