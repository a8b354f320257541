using Vms.Simulators.Video;
using Vms.Simulators.Video.Rendering;
using Vms.TestSupport;

namespace Vms.Simulators.Tests.Video;

/// <summary>What the scene looks like after ffmpeg decodes the stream to RGB: masks, PTZ, clock, panorama.</summary>
public sealed class SyntheticVideoSceneDecodeTests
{
    private static readonly RgbColor Magenta = new(255, 0, 255);

    /// <summary>A non-convex mask (an arrow) over main and sub stream: inside has the mask colour, outside never does.</summary>
    [RequiresToolsTheory("ffmpeg")]
    [InlineData(1920, 1080)]
    [InlineData(640, 360)]
    public async Task Mask_DecodedPixelsInsideHaveTheMaskColourOutsideDoNot(int width, int height)
    {
        NormalizedPoint[] arrow = [new(-0.9, 0.95), new(0.2, 0.95), new(0.2, 0.6), new(0.7, 0.8), new(0.2, 0.2), new(0.2, 0.5), new(-0.9, 0.5)];
        var scene = new CameraScene("Masque");
        scene.SetMasks([new PrivacyMask(arrow, Magenta)]);
        var recording = SourceRecording.Start(scene, new VideoStreamSettings { Width = width, Height = height }).Run(3);
        using var dir = new TempDirectory();
        var rgb = await FfmpegDecode.DecodeToRawAsync(await recording.WriteAnnexBAsync(dir, "mask.h264"), "rgb24");
        var picture = new RgbPicture(rgb, 2, width, height);

        var pixels = arrow.Select(p => ((p.X + 1) / 2 * width, (1 - p.Y) / 2 * height)).ToArray();
        int inside = 0, outside = 0;
        for (var y = 0; y < height; y += 2)
        {
            for (var x = 0; x < width; x += 2)
            {
                var centre = (x + 0.5, y + 0.5);
                if (DistanceToEdges(pixels, centre) < 3)
                {
                    continue; // chroma subsampling blends the edge
                }

                var isMask = RgbPicture.Near(picture[x, y], (Magenta.R, Magenta.G, Magenta.B), 12);
                if (Contains(pixels, centre))
                {
                    Assert.True(isMask, $"({x}, {y}) inside the mask is {picture[x, y]}");
                    inside++;
                }
                else
                {
                    Assert.False(isMask, $"({x}, {y}) outside the mask has the mask colour");
                    outside++;
                }
            }
        }

        // the mask covers the name and clock boxes: no text survives under it
        Assert.True(inside > width * height / 40 && outside > width * height / 8);
    }

    /// <summary>Panning from north to east turns the view from the red sector to the yellow one.</summary>
    [RequiresToolsFact("ffmpeg")]
    public async Task Pan_ChangesTheDecodedViewToTheExpectedSector()
    {
        var scene = new CameraScene("PTZ");
        var recording = SourceRecording.Start(scene, new VideoStreamSettings { GopFrames = 100 });
        recording.Run(2);
        scene.SetPosition(new PtzPosition(0.5, 0, 0));
        recording.Run(2);
        scene.SetPosition(new PtzPosition(0.5, 0.8, 0));
        recording.Run(2);
        using var dir = new TempDirectory();
        var rgb = await FfmpegDecode.DecodeToRawAsync(await recording.WriteAnnexBAsync(dir, "pan.h264"), "rgb24");

        // a 24×24 patch a quarter of the width in, below the horizon: away from grid lines, labels and OSD
        var patch = (X: 148, Y: 204, Size: 24);
        var block = new BouncingBlock(640, 360);
        foreach (var frame in new[] { 1, 3, 5 })
        {
            Assert.False(block.At(frame).Intersects(new PixelRect(patch.X, patch.Y, patch.Size, patch.Size)), "test patch must avoid the bouncing block");
        }

        var north = new RgbPicture(rgb, 1, 640, 360).Mean(patch.X, patch.Y, patch.Size, patch.Size);
        var east = new RgbPicture(rgb, 3, 640, 360).Mean(patch.X, patch.Y, patch.Size, patch.Size);
        var eastUp = new RgbPicture(rgb, 5, 640, 360).Mean(patch.X, patch.Y, patch.Size, patch.Size);

        Assert.True(RgbPicture.Near(north, Expected(640, 360, new PtzPosition(0, 0, 0), patch.X, patch.Y), 10), $"north patch {north}");
        Assert.True(RgbPicture.Near(east, Expected(640, 360, new PtzPosition(0.5, 0, 0), patch.X, patch.Y), 10), $"east patch {east}");
        Assert.True(RgbPicture.Near(eastUp, Expected(640, 360, new PtzPosition(0.5, 0.8, 0), patch.X, patch.Y), 10), $"east, tilted up: {eastUp}");
        Assert.True(north.R > north.G + 80, "north is red");
        Assert.True(east.R > 120 && east.G > 120 && east.B < 80, "east is yellow");
        Assert.True(eastUp.B > east.B + 60, "tilting up shows the paler sky band");
    }

    /// <summary>Between consecutive P frames the clock and counter change while static parts of the picture stay identical.</summary>
    [RequiresToolsFact("ffmpeg")]
    public async Task Clock_ChangesBetweenFramesWhileStaticAreasStayIdentical()
    {
        var recording = SourceRecording.Start(new CameraScene("Horloge"), new VideoStreamSettings { GopFrames = 100 }).Run(6);
        using var dir = new TempDirectory();
        var rgb = await FfmpegDecode.DecodeToRawAsync(await recording.WriteAnnexBAsync(dir, "clock.h264"), "rgb24");
        var a = new RgbPicture(rgb, 4, 640, 360);
        var b = new RgbPicture(rgb, 5, 640, 360);
        var layout = new OsdLayout(640, 360);

        // the millisecond digits (last four cells of "....:00.333Z") and the counter's last digit
        var cell = TextPainter.CellWidth(layout.Scale);
        Assert.False(a.SameRegion(b, layout.Clock.X + (19 * cell), layout.Clock.Y, 4 * cell, layout.LineHeight), "clock unchanged");
        Assert.False(a.SameRegion(b, layout.Counter.X + (7 * cell), layout.Counter.Y, 2 * cell, layout.LineHeight), "counter unchanged");

        // everything outside the OSD boxes and the block's two positions is identical, sample for sample
        var block = new BouncingBlock(640, 360);
        PixelRect[] moving = [block.At(4), block.At(5), new(0, layout.Clock.Y, 640, layout.LineHeight), new(0, layout.Counter.Y, 640, layout.LineHeight)];
        var compared = 0;
        for (var y = 0; y < 360; y++)
        {
            for (var x = 0; x < 640; x++)
            {
                if (!moving.Any(r => r.Intersects(new PixelRect(x - 2, y - 2, 5, 5))))
                {
                    Assert.Equal(a[x, y], b[x, y]);
                    compared++;
                }
            }
        }

        Assert.True(compared > 640 * 360 / 2);
    }

    /// <summary>A 2:1 panoramic picture shows all eight compass sectors side by side.</summary>
    [RequiresToolsFact("ffmpeg")]
    public async Task Panoramic_ShowsEverySector()
    {
        var recording = SourceRecording.Start(new CameraScene("360", panoramic: true), new VideoStreamSettings { Width = 1280, Height = 640 }).Run(1);
        using var dir = new TempDirectory();
        var picture = new RgbPicture(await FfmpegDecode.DecodeToRawAsync(await recording.WriteAnnexBAsync(dir, "pano.h264"), "rgb24"), 0, 1280, 640);
        var view = PanoramaView.For(1280, 640, PtzPosition.Home, panoramic: true);

        var seen = new List<(double, double, double)>();
        for (var sector = 0; sector < 8; sector++)
        {
            var x = (int)view.ColumnOf((sector * 45) + 12)!.Value;
            var y = (int)view.RowOf(-15)!.Value;
            var mean = picture.Mean(x - 4, y - 4, 8, 8);
            Assert.True(RgbPicture.Near(mean, ToRgb(PanoramaRenderer.ColorOf(sector, PanoramaRenderer.Band(-15))), 10), $"sector {sector}: {mean}");
            Assert.DoesNotContain(seen, s => RgbPicture.Near(s, mean, 30));
            seen.Add(mean);
        }
    }

    private static (double R, double G, double B) Expected(int width, int height, PtzPosition position, int x, int y)
    {
        var view = PanoramaView.For(width, height, position, panoramic: false);
        return ToRgb(PanoramaRenderer.ColorOf(PanoramaRenderer.Sector(view.AzimuthAt(x + 12)), PanoramaRenderer.Band(view.ElevationAt(y + 12))));
    }

    /// <summary>BT.601 limited range back to RGB.</summary>
    private static (double R, double G, double B) ToRgb(YuvColor c)
    {
        var y = 1.164 * (c.Y - 16);
        var u = c.U - 128;
        var v = c.V - 128;
        return (Math.Clamp(y + (1.596 * v), 0, 255), Math.Clamp(y - (0.392 * u) - (0.813 * v), 0, 255), Math.Clamp(y + (2.017 * u), 0, 255));
    }

    private static bool Contains((double X, double Y)[] polygon, (double X, double Y) p)
    {
        var winding = 0;
        for (var i = 0; i < polygon.Length; i++)
        {
            var a = polygon[i];
            var b = polygon[(i + 1) % polygon.Length];
            if ((a.Y <= p.Y) != (b.Y <= p.Y))
            {
                var x = a.X + ((p.Y - a.Y) * (b.X - a.X) / (b.Y - a.Y));
                if (x < p.X)
                {
                    winding += b.Y > a.Y ? 1 : -1;
                }
            }
        }

        return winding != 0;
    }

    private static double DistanceToEdges((double X, double Y)[] polygon, (double X, double Y) p)
    {
        var best = double.MaxValue;
        for (var i = 0; i < polygon.Length; i++)
        {
            var a = polygon[i];
            var b = polygon[(i + 1) % polygon.Length];
            var (dx, dy) = (b.X - a.X, b.Y - a.Y);
            var t = Math.Clamp((((p.X - a.X) * dx) + ((p.Y - a.Y) * dy)) / ((dx * dx) + (dy * dy)), 0, 1);
            var (cx, cy) = (a.X + (t * dx), a.Y + (t * dy));
            best = Math.Min(best, Math.Sqrt(((p.X - cx) * (p.X - cx)) + ((p.Y - cy) * (p.Y - cy))));
        }

        return best;
    }
}
