using Vms.Onvif.Model.Common;
using Vms.Onvif.Model.Media2;
using Vms.Simulators.Video;
using Xunit.Abstractions;

namespace Vms.Simulators.Tests.Camera;

public sealed class MaskTests(ITestOutputHelper output)
{
    private static Mask Square(float x0, float y0, float size, string configuration = "video_source_config") => new()
    {
        ConfigurationToken = configuration,
        Polygon = [new(x0, y0), new(x0 + size, y0), new(x0 + size, y0 - size), new(x0, y0 - size)],
        Type = MaskType.Color,
        Color = new Color(255, 0, 0, Colorspaces.Rgb),
        Enabled = true,
    };

    [Fact]
    public async Task GetMaskOptions_AnswersTheAdvertisedLimits()
    {
        await using var h = CameraHarness.Create(output);

        var options = (await h.CallAsync<GetMaskOptionsResponse>(new GetMaskOptions("video_source_config").ToXml())).Options;
        var unknown = await h.CallAsync(new GetMaskOptions("vsc_unknown").ToXml());

        Assert.Equal((4, 8, false), (options.MaxMasks, options.MaxPoints, options.RectangleOnly));
        Assert.Equal([MaskType.Color, MaskType.Pixelated, MaskType.Blurred], options.Types);
        CameraHarness.AssertFault(unknown, OnvifFaultCodes.NoConfig);
    }

    [Fact]
    public async Task CreateMask_Valid_IsListedAndDrawnIntoTheScene()
    {
        await using var h = CameraHarness.Create(output);

        var token = (await h.CallAsync<CreateMaskResponse>(new CreateMask(Square(-0.5f, 0.5f, 0.5f)).ToXml())).Token;
        var masks = (await h.CallAsync<GetMasksResponse>(new GetMasks().ToXml())).Masks;

        var mask = Assert.Single(masks);
        Assert.Equal(token, mask.Token);
        Assert.Equal(4, mask.Polygon.Count);
        var drawn = Assert.Single(h.Camera.Scene.State.Masks);
        Assert.Equal(new RgbColor(255, 0, 0), drawn.Color);
        Assert.Equal(new Vms.Simulators.Video.NormalizedPoint(-0.5, 0.5), drawn.Polygon[0]);
    }

    [Fact]
    public async Task CreateMask_LimitsBroken_FaultAndChangeNothing()
    {
        await using var h = CameraHarness.Create(output);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(200, (await h.CallAsync(new CreateMask(Square(-0.9f + (i * 0.4f), 0.9f, 0.3f)).ToXml())).StatusCode);
        }

        var fifth = await h.CallAsync(new CreateMask(Square(0, 0, 0.1f)).ToXml());
        await h.CallAsync(new DeleteMask("mask_1").ToXml());
        var ninePoints = await h.CallAsync(new CreateMask(Square(0, 0, 0.1f) with
        {
            Polygon = [.. Enumerable.Range(0, 9).Select(i => new Vms.Onvif.Model.Media2.NormalizedPoint(MathF.Cos(i * 0.7f) * 0.5f, MathF.Sin(i * 0.7f) * 0.5f))],
        }).ToXml());
        var outside = await h.CallAsync(new CreateMask(Square(0.5f, 0.5f, 0.7f)).ToXml());
        var wrongSource = await h.CallAsync(new CreateMask(Square(0, 0, 0.1f, "other")).ToXml());
        var unknownDelete = await h.CallAsync(new DeleteMask("mask_99").ToXml());

        CameraHarness.AssertFault(fifth, OnvifFaultCodes.MaxMasks);
        CameraHarness.AssertFault(ninePoints, OnvifFaultCodes.InvalidPolygon);
        CameraHarness.AssertFault(outside, OnvifFaultCodes.InvalidPolygon);
        CameraHarness.AssertFault(wrongSource, OnvifFaultCodes.NoConfig);
        CameraHarness.AssertFault(unknownDelete, OnvifFaultCodes.NoConfig);
        Assert.Equal(3, (await h.CallAsync<GetMasksResponse>(new GetMasks().ToXml())).Masks.Count);
        Assert.Equal(3, h.Camera.Scene.State.Masks.Count);
    }

    [Fact]
    public async Task CreateMask_TwoPoints_FaultsWithoutCrashing()
    {
        await using var h = CameraHarness.Create(output);
        var body = new CreateMask(Square(0, 0, 0.2f)).ToXml();
        var points = body.Descendants(Vms.Onvif.OnvifNamespaces.Schema + "Point").ToList();
        points[2].Remove();
        points[3].Remove();

        var response = await h.CallAsync(body);

        CameraHarness.AssertFault(response, OnvifFaultCodes.InvalidArgVal);
        Assert.Empty(h.Camera.Scene.State.Masks);
    }

    [Fact]
    public async Task SetMask_ChangesTheDrawnPolygonAndDisabledMasksAreNotDrawnEnabled()
    {
        await using var h = CameraHarness.Create(output);
        var token = (await h.CallAsync<CreateMaskResponse>(new CreateMask(Square(-0.5f, 0.5f, 0.5f)).ToXml())).Token;

        var set = await h.CallAsync(new SetMask(Square(0, 0, 0.25f) with { Token = token, Enabled = false, Color = new Color(0, 0, 255, Colorspaces.Rgb) }).ToXml());
        var unknown = await h.CallAsync(new SetMask(Square(0, 0, 0.25f) with { Token = "mask_x" }).ToXml());

        Assert.Equal(200, set.StatusCode);
        CameraHarness.AssertFault(unknown, OnvifFaultCodes.NoConfig);
        var drawn = Assert.Single(h.Camera.Scene.State.Masks);
        Assert.False(drawn.Enabled);
        Assert.Equal(new RgbColor(0, 0, 255), drawn.Color);
        Assert.Equal(new Vms.Simulators.Video.NormalizedPoint(0.25, 0), drawn.Polygon[1]);
    }
}
