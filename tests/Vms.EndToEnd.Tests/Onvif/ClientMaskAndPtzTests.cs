using Vms.Onvif.Client;
using Vms.Onvif.Model.Media2;
using Vms.Onvif.Model.Ptz;
using Vms.Simulators.Camera;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.EndToEnd.Tests.Onvif;

/// <summary>Privacy masks and PTZ through our client, checked in the simulated camera's state.</summary>
public sealed class ClientMaskAndPtzTests(ITestOutputHelper output)
{
    private static Mask Square(float x, float y, float size = 0.2f) => new()
    {
        ConfigurationToken = MediaService.VideoSourceConfigurationToken,
        Polygon = [new(x, y), new(x + size, y), new(x + size, y - size), new(x, y - size)],
        Type = MaskType.Color,
        Color = new Color(255, 0, 255, "http://www.onvif.org/ver10/colorspace/RGB"),
        Enabled = true,
    };

    [Fact]
    public async Task Masks_CreateUpdateDelete_VisibleInCameraStateAndScene()
    {
        await using var c = await SimulatedCameraClient.StartAsync(output);
        var masks = await c.Device.GetMasksAsync(CancellationToken.None);

        var options = await masks.GetOptionsAsync(MediaService.VideoSourceConfigurationToken, CancellationToken.None);
        var token = await masks.CreateAsync(Square(-0.5f, 0.5f), CancellationToken.None);
        var afterCreate = c.Camera.Scene.State.Masks.Count;
        await masks.UpdateAsync(Square(0.1f, 0.1f, 0.5f) with { Token = token }, CancellationToken.None);
        var listed = await masks.GetMasksAsync(MediaService.VideoSourceConfigurationToken, CancellationToken.None);
        await masks.DeleteAsync(token, CancellationToken.None);

        Assert.Equal(4, options.MaxMasks);
        Assert.Equal(1, afterCreate);
        var updated = Assert.Single(listed);
        Assert.Equal(new NormalizedPoint(0.6f, 0.1f), updated.Polygon[1]);
        Assert.Empty(c.Camera.Scene.State.Masks);
        Assert.Empty(await masks.GetMasksAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task Masks_BeyondMaxMasksAndMaxPoints_TypedLimitExceptions()
    {
        await using var c = await SimulatedCameraClient.StartAsync(output);
        var masks = await c.Device.GetMasksAsync(CancellationToken.None);
        for (var i = 0; i < 4; i++)
        {
            await masks.CreateAsync(Square(-0.9f + (i * 0.4f), 0.9f), CancellationToken.None);
        }

        var tooMany = await Assert.ThrowsAsync<OnvifLimitExceededException>(() => masks.CreateAsync(Square(0, 0), CancellationToken.None));
        var nine = Square(0, 0) with { Polygon = [.. Enumerable.Range(0, 9).Select(i => new NormalizedPoint(MathF.Cos(i * 0.7f) * 0.5f, MathF.Sin(i * 0.7f) * 0.5f))] };
        var tooManyPoints = await Assert.ThrowsAsync<OnvifLimitExceededException>(() => masks.UpdateAsync(nine with { Token = "Mask_1" }, CancellationToken.None));

        Assert.Equal("MaxMasks", tooMany.Limit);
        Assert.Equal("MaxPoints", tooManyPoints.Limit);
        Assert.Equal(4, c.Camera.Scene.State.Masks.Count);
    }

    [Fact]
    public async Task Ptz_ContinuousMoveWithTimeout_MovesThenStopsByItself()
    {
        // the camera's clock moves only when the test says so: on a loaded machine more than the move's 1 s may pass
        // between two SOAP calls, which would end the move before the "moving" status is read
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var c = await SimulatedCameraClient.StartAsync(output, o => o with { TimeProvider = clock });
        var ptz = await c.Device.GetPtzAsync(CancellationToken.None);
        var before = await ptz.GetStatusAsync("profile_main", CancellationToken.None);

        await ptz.ContinuousMoveAsync("profile_main", new PtzVector(new Vector2D(0.5f, 0), null), TimeSpan.FromSeconds(1), CancellationToken.None);
        var moving = await ptz.GetStatusAsync("profile_main", CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(1));
        await c.Camera.WaitPtzIdleAsync(CancellationToken.None).WithTimeout();
        var after = await ptz.GetStatusAsync("profile_main", CancellationToken.None);

        Assert.Equal(MoveStatus.Idle, before.MoveStatus!.PanTilt);
        Assert.Equal(MoveStatus.Moving, moving.MoveStatus!.PanTilt);
        Assert.Equal(MoveStatus.Idle, after.MoveStatus!.PanTilt);
        Assert.Equal(0.5, after.Position!.PanTilt!.X - before.Position!.PanTilt!.X, 3); // 0.5 of full speed for 1 s: full speed crosses 2 units in 2 s
        Assert.InRange((after.UtcTime - clock.GetUtcNow()).Duration().TotalSeconds, 0, 1); // the status carries the camera's clock
    }

    [Fact]
    public async Task Ptz_PresetsCreateGotoRemoveAndHome_CameraFollows()
    {
        await using var c = await SimulatedCameraClient.StartAsync(output);
        var ptz = await c.Device.GetPtzAsync(CancellationToken.None);

        await ptz.AbsoluteMoveAsync("profile_main", new PtzVector(new Vector2D(0.4f, -0.2f), new Vector1D(0.3f)), null, CancellationToken.None);
        await c.Camera.WaitPtzIdleAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        var token = await ptz.CreatePresetAsync("profile_main", "Entrée mairie", CancellationToken.None);
        await ptz.GotoHomePositionAsync("profile_main", null, CancellationToken.None);
        await c.Camera.WaitPtzIdleAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        var home = await ptz.GetStatusAsync("profile_main", CancellationToken.None);
        await ptz.GotoPresetAsync("profile_main", token, new PtzVector(new Vector2D(1, 1), new Vector1D(1)), CancellationToken.None);
        await c.Camera.WaitPtzIdleAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        var atPreset = await ptz.GetStatusAsync("profile_main", CancellationToken.None);
        var presets = await ptz.GetPresetsAsync("profile_main", CancellationToken.None);
        await ptz.RemovePresetAsync("profile_main", token, CancellationToken.None);

        Assert.Equal(0f, home.Position!.PanTilt!.X, 3);
        Assert.Equal(0.4f, atPreset.Position!.PanTilt!.X, 3);
        Assert.Equal(-0.2f, atPreset.Position.PanTilt.Y, 3);
        Assert.Equal(0.3f, atPreset.Position.Zoom!.X, 3);
        Assert.Equal("Entrée mairie", Assert.Single(presets, p => p.Token == token).Name);
        Assert.DoesNotContain(await ptz.GetPresetsAsync("profile_main", CancellationToken.None), p => p.Token == token);
    }
}
