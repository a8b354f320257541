using Vms.Simulators.Video;
using Vms.Simulators.Video.Rendering;

namespace Vms.Simulators.Tests.Video.Rendering;

public sealed class SceneRendererTests
{
    private static readonly DateTimeOffset Start = new(2026, 7, 1, 10, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Incremental rendering (only dirty macroblocks redrawn) gives exactly the picture a fresh renderer draws from
    /// scratch, across clock ticks, block moves, PTZ moves, mask and name changes (seeded).
    /// </summary>
    [Theory]
    [InlineData(640, 360, 1)]
    [InlineData(650, 362, 2)]
    [InlineData(1280, 720, 3)]
    public void Render_Incremental_EqualsFromScratch(int width, int height, int seed)
    {
        var random = new Random(seed);
        var scene = new CameraScene("Quai 3");
        var renderer = new SceneRenderer(width, height);
        for (var frame = 0; frame < 40; frame++)
        {
            switch (random.Next(8))
            {
                case 0:
                    scene.SetPosition(new PtzPosition((random.NextDouble() * 2) - 1, (random.NextDouble() * 2) - 1, random.NextDouble()));
                    break;
                case 1:
                    scene.SetMasks([RandomMask(random), RandomMask(random)]);
                    break;
                case 2:
                    scene.SetName("Quai " + random.Next(1000));
                    break;
            }

            var time = Start.AddMilliseconds(frame * 83.333 * random.Next(1, 4));
            renderer.Render(scene.State, time, frame);
            var fresh = new SceneRenderer(width, height);
            fresh.Render(scene.State, time, frame);

            Assert.True(renderer.Frame.ToI420().AsSpan().SequenceEqual(fresh.Frame.ToI420()), $"frame {frame} differs from a full render");
        }
    }

    [Fact]
    public void Render_NextFrame_ChangesOnlyClockCounterAndBlock()
    {
        var scene = new CameraScene("Gare routière");
        var renderer = new SceneRenderer(640, 360);
        renderer.Render(scene.State, Start, 100);
        var before = renderer.Frame.ToI420();

        renderer.Render(scene.State, Start.AddMilliseconds(83), 101);

        var layout = new OsdLayout(640, 360);
        var block = new BouncingBlock(640, 360);
        PixelRect[] allowed = [BoxOf(layout.Clock, 24, layout), BoxOf(layout.Counter, 8, layout), block.At(100), block.At(101)];
        Assert.InRange(renderer.Changes.ChangedCount, 3, 40);
        for (var i = 0; i < renderer.Changes.Count; i++)
        {
            if (renderer.Changes.Changed[i])
            {
                var mb = PixelRect.Macroblock(i % renderer.Frame.WidthInMbs, i / renderer.Frame.WidthInMbs);
                Assert.Contains(allowed, a => a.Intersects(mb));
            }
        }

        // every sample outside the changed macroblocks is untouched
        var after = renderer.Frame.ToI420();
        for (var y = 0; y < 360; y++)
        {
            for (var x = 0; x < 640; x++)
            {
                if (!renderer.Changes.Changed[((y / 16) * renderer.Frame.WidthInMbs) + (x / 16)])
                {
                    Assert.Equal(before[(y * 640) + x], after[(y * 640) + x]);
                }
            }
        }
    }

    [Fact]
    public void Render_PanChange_RedrawsEverything()
    {
        var scene = new CameraScene("PTZ 1");
        var renderer = new SceneRenderer(640, 360);
        renderer.Render(scene.State, Start, 0);
        renderer.Render(scene.State, Start, 0);
        Assert.Equal(0, renderer.Changes.ChangedCount);

        scene.SetPosition(new PtzPosition(0.1, 0, 0));
        renderer.Render(scene.State, Start, 0);

        Assert.Equal(renderer.Changes.Count, renderer.RedrawnMacroblocks);
        Assert.True(renderer.Changes.ChangedCount > renderer.Changes.Count / 2);
    }

    [Fact]
    public void Render_MaskChange_RedrawsOnlyTheMaskAreas()
    {
        var scene = new CameraScene("Masks");
        var renderer = new SceneRenderer(640, 360);
        renderer.Render(scene.State, Start, 0);
        renderer.Render(scene.State, Start, 0);

        // x −0.5..0 → px 160..320; y 0.5..0 → py 90..180: 10 × 6 macroblocks minus partial edges
        scene.SetMasks([PrivacyMask.Rectangle(-0.5, 0.5, 0, 0, new RgbColor(255, 0, 255))]);
        renderer.Render(scene.State, Start, 0);

        Assert.InRange(renderer.RedrawnMacroblocks, 50, 80);
        var color = YuvColor.FromRgb(255, 0, 255);
        var frame = renderer.Frame;
        for (var y = 0; y < 360; y++)
        {
            for (var x = 0; x < 640; x++)
            {
                var inside = x is >= 160 and < 320 && y is >= 90 and < 180;
                Assert.Equal(inside, frame.Y[(y * frame.LumaStride) + x] == color.Y && frame.U[(y / 2 * frame.ChromaStride) + (x / 2)] == color.U);
            }
        }
    }

    [Fact]
    public void Render_MaskOverTheClock_HidesTheTextAndLaterMasksWin()
    {
        var scene = new CameraScene("Masks");
        var top = new RgbColor(0, 255, 0);
        scene.SetMasks([
            PrivacyMask.Rectangle(-1, 1, 1, 0, new RgbColor(255, 0, 0)),
            PrivacyMask.Rectangle(-1, 1, 0, 0.5, top),
            PrivacyMask.Rectangle(0, 0, 1, -1, new RgbColor(0, 0, 255)) with { Enabled = false },
        ]);
        var renderer = new SceneRenderer(640, 360);

        renderer.Render(scene.State, Start, 0);

        var frame = renderer.Frame;
        var green = YuvColor.FromRgb(top);
        var clock = BoxOf(new OsdLayout(640, 360).Clock, 24, new OsdLayout(640, 360));
        for (var y = clock.Y; y < clock.Bottom; y++)
        {
            for (var x = clock.X; x < clock.Right; x++)
            {
                Assert.Equal(green.Y, frame.Y[(y * frame.LumaStride) + x]);
            }
        }

        // the disabled mask is not drawn: the lower right quarter keeps the scene
        var blue = YuvColor.FromRgb(0, 0, 255);
        Assert.NotEqual(blue.Y, frame.Y[(300 * frame.LumaStride) + 600]);
    }

    private static PixelRect BoxOf(OsdText text, int length, OsdLayout layout) =>
        new(text.X, text.Y, (length * TextPainter.CellWidth(layout.Scale)) + (2 * layout.Scale), layout.LineHeight);

    private static PrivacyMask RandomMask(Random random) =>
        new([.. Enumerable.Range(0, random.Next(3, 7)).Select(_ => new NormalizedPoint((random.NextDouble() * 2) - 1, (random.NextDouble() * 2) - 1))], new RgbColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)));
}
