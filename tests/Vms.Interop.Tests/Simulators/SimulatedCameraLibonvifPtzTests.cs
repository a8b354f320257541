using Vms.Onvif.Client;
using Vms.Onvif.Model.Ptz;
using Vms.Simulators.Camera;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Interop.Tests.Simulators;

/// <summary>
/// libonvif (the third-party ONVIF client library under onvif-util, Debian libonvif1) drives PTZ presets on a simulated
/// camera through a small C driver compiled against it: capabilities, profile and stream URI, SetPreset, ContinuousMove
/// then Stop, GotoPreset. The camera's real state (presets, position, move status) and ffmpeg's decoded picture prove
/// each step. libonvif's SetPreset always sends a PresetToken, which ONVIF defines as overwriting that existing preset
/// (only a request without a token creates one), so the preset slot is created first and an unknown token must fail
/// (ter:InvalidArgVal/ter:NoToken).
/// </summary>
public sealed class SimulatedCameraLibonvifPtzTests(ITestOutputHelper output)
{
    private const string Profile = "profile_main";
    private const int Width = 640;

    // a frame past two GOPs (12 frames each) of the new session shows the view at the time of the grab
    private const int FreshFrame = 24;

    // below the clock and name overlays
    private const int FromRow = 120;
    private const int ToRow = 360;

    [RequiresLibonvifFact]
    public async Task Libonvif_SetPresetMoveAndGotoPreset_MovesTheCameraAndItsPictureBackToThePreset()
    {
        // libonvif signs a whole run with one UsernameToken nonce: accept reuse like most cameras do
        await using var cut = await CameraUnderTest.StartAsync(output, CameraKind.Ptz, rejectReplays: false);
        await using var libonvif = await LibonvifPtzHarness.BuildAsync(output);
        var ptz = new PtzClient(cut.Soap, cut.Camera.DeviceServiceUri);
        var ct = CancellationToken.None;
        var token = await ptz.CreatePresetAsync(Profile, "libonvif", ct);
        var created = await PresetAsync(ptz, token);
        await ptz.AbsoluteMoveAsync(Profile, new PtzVector(new Vector2D(-0.6f, 0.2f), new Vector1D(0.25f)), null, ct);
        await WaitIdleAsync(cut);

        // an unknown token: libonvif reports our fault, no preset appears
        var unknown = await libonvif.RunAsync(cut, "preset", "no-such-preset");
        var presetsAfterUnknown = await ptz.GetPresetsAsync(Profile, ct);

        // SetPreset over the slot at (-0.6, 0.2, 0.25)
        var set = await libonvif.RunAsync(cut, "preset", token);
        var saved = await PresetAsync(ptz, token);
        var atPreset = await cut.GrabFrameAsync(FreshFrame);

        // ContinuousMove (0.5, 0) held 800 ms, then Stop
        var move = await libonvif.RunAsync(cut, "move", "0.5", "0", "800");
        await WaitIdleAsync(cut, TimeSpan.FromSeconds(3)); // without the Stop the move would run for its 10 s default timeout
        var afterMove = await ptz.GetStatusAsync(Profile, ct);
        var moved = await cut.GrabFrameAsync(FreshFrame);
        var stillAfterMove = await ptz.GetStatusAsync(Profile, ct);

        // GotoPreset back
        var back = await libonvif.RunAsync(cut, "goto", token);
        await WaitIdleAsync(cut);
        var afterGoto = await ptz.GetStatusAsync(Profile, ct);
        var returned = await cut.GrabFrameAsync(FreshFrame);
        var turned = FrameComparison.SimilarBlockFraction(atPreset, moved, Width, FromRow, ToRow);
        var same = FrameComparison.SimilarBlockFraction(atPreset, returned, Width, FromRow, ToRow);
        var leftAgain = FrameComparison.SimilarBlockFraction(moved, returned, Width, FromRow, ToRow);
        output.WriteLine($"similar 16x16 blocks: preset/moved {turned:P1}, preset/returned {same:P1}, moved/returned {leftAgain:P1}");

        // libonvif read the camera (the rtsp URI it got carries the host it used)
        Assert.Contains("step=getCapabilities rc=0", set.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("ptz_service=POST /onvif/ptz_service HTTP/1.1", set.StandardOutput, StringComparison.Ordinal);
        Assert.Contains($"step=getProfileToken rc=0 profile={Profile} ", set.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("step=getProfile rc=0 width=640 height=360 frame_rate=12 ", set.StandardOutput, StringComparison.Ordinal);
        Assert.Contains($"step=getStreamUri rc=0 stream_uri=rtsp://127.0.0.1:{cut.Camera.RtspPort}/", set.StandardOutput, StringComparison.Ordinal);

        // unknown token: the fault (env:Sender / ter:InvalidArgVal / ter:NoToken) reaches libonvif, which reports its
        // first subcode; presets unchanged
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("step=setPreset rc=-1 token=no-such-preset error=ter:InvalidArgVal", unknown.StandardOutput, StringComparison.Ordinal);
        Assert.Equal([token], presetsAfterUnknown.Select(p => p.Token));

        // SetPreset saved the current position into the slot (it was at home)
        Assert.True(set.ExitCode == 0, set.StandardOutput);
        Assert.Contains($"step=setPreset rc=0 token={token} error=", set.StandardOutput, StringComparison.Ordinal);
        AssertAt(created.Position, 0, 0, 0);
        AssertAt(saved.Position, -0.6, 0.2, 0.25);

        // the move turned right by at least 0.5/s × 0.8 s and stopped; the picture turned with it
        Assert.True(move.ExitCode == 0, move.StandardOutput);
        Assert.Contains("step=continuousMove rc=0 x=0.50 y=0.00 error=", move.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("step=moveStop rc=0 type=PAN_TILT_STOP error=", move.StandardOutput, StringComparison.Ordinal);
        var movedPan = afterMove.Position!.PanTilt!.X;
        Assert.True(movedPan >= -0.6 + 0.39, $"pan {movedPan} after the move");
        Assert.Equal(0.2f, afterMove.Position.PanTilt.Y, 0.001f);
        Assert.Equal(MoveStatus.Idle, afterMove.MoveStatus!.PanTilt);
        Assert.Equal(movedPan, stillAfterMove.Position!.PanTilt!.X);
        Assert.True(turned < 0.3, $"{turned:P1} of the picture unchanged after the move");

        // GotoPreset brought the camera and the picture back
        Assert.True(back.ExitCode == 0, back.StandardOutput);
        Assert.Contains($"step=gotoPreset rc=0 token={token} error=", back.StandardOutput, StringComparison.Ordinal);
        AssertAt(afterGoto.Position, -0.6, 0.2, 0.25);
        Assert.True(same > 0.85, $"only {same:P1} of the picture at the preset matches the first visit");
        Assert.True(leftAgain < 0.3, $"{leftAgain:P1} of the picture still as after the move");
    }

    private static async Task<PtzPreset> PresetAsync(PtzClient ptz, string token) =>
        Assert.Single(await ptz.GetPresetsAsync(Profile, CancellationToken.None), p => p.Token == token);

    private static void AssertAt(PtzVector? position, double pan, double tilt, double zoom)
    {
        Assert.NotNull(position);
        Assert.Equal(pan, position.PanTilt!.X, 0.001);
        Assert.Equal(tilt, position.PanTilt.Y, 0.001);
        Assert.Equal(zoom, position.Zoom!.X, 0.001);
    }

    private static Task WaitIdleAsync(CameraUnderTest cut, TimeSpan? timeout = null) =>
        cut.Camera.WaitPtzIdleAsync(CancellationToken.None).WithTimeout(timeout ?? TimeSpan.FromSeconds(10));
}
