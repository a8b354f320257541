using Vms.Rtsp.Media;
using Vms.Simulators.Video;
using Vms.Simulators.Video.Encoding;
using Vms.Simulators.Video.Rendering;
using Vms.TestSupport;

namespace Vms.Simulators.Tests.Video.Encoding;

public sealed class PictureEncoderTests
{
    /// <summary>
    /// Random pictures (flat macroblocks of random colours, noisy macroblocks, random changes and refreshes
    /// between P pictures) decode in ffmpeg without a message and to exactly the encoder's samples.
    /// </summary>
    [RequiresToolsTheory("ffmpeg")]
    [InlineData(64, 48, 1)]
    [InlineData(176, 144, 2)]
    [InlineData(90, 38, 3)] // cropped on both axes
    [InlineData(320, 1200, 4)] // tall enough to need several slices per IDR
    public async Task Encode_RandomPictures_DecodeBitExact(int width, int height, int seed)
    {
        var random = new Random(seed);
        var config = new EncoderConfiguration(width, height, 12, 0, H264Profile.ConstrainedBaseline);
        var frame = new YuvFrame(width, height);
        var map = new MacroblockMap(frame.WidthInMbs, frame.HeightInMbs);
        var encoder = new PictureEncoder();
        var expected = new List<byte[]>();
        var stream = new MemoryStream();
        var refresh = new bool[map.Count];
        var frameNum = 0;
        var flat = 0;
        var pcm = 0;
        for (var picture = 0; picture < 12; picture++)
        {
            var isIdr = picture % 5 == 0;
            map.ClearChanged();
            Array.Clear(refresh);
            for (var i = 0; i < map.Count; i++)
            {
                // every macroblock at first; afterwards some change, some get refreshed, the rest are skipped
                var change = picture == 0 || random.Next(4) == 0;
                if (change)
                {
                    FillRandom(frame, i % map.WidthInMbs, i / map.WidthInMbs, random, map, i);
                }
                else
                {
                    refresh[i] = random.Next(6) == 0;
                }
            }

            frameNum = isIdr ? 0 : (frameNum + 1) % 256;
            var nals = new List<ReadOnlyMemory<byte>>();
            if (isIdr)
            {
                nals.Add(ParameterSetWriter.CreateSps(config));
                nals.Add(ParameterSetWriter.CreatePps());
            }

            var stats = encoder.Encode(config, frame, map, isIdr, frameNum, picture / 5, refresh, nals);
            Assert.Equal(map.Count, stats.Pcm + stats.Intra16x16 + stats.Refreshed + stats.Skipped);
            flat += stats.Intra16x16;
            pcm += stats.Pcm + stats.Refreshed;
            stream.Write(AnnexB.Join(nals));
            expected.Add(frame.ToI420());
        }

        Assert.True(flat > 0 && pcm > 0);
        using var dir = new TempDirectory();
        var path = dir.File("random.h264");
        await File.WriteAllBytesAsync(path, stream.ToArray());
        Assert.Equal(string.Empty, await FfmpegDecode.DecodeToNullAsync(path));
        var decoded = await FfmpegDecode.DecodeToRawAsync(path, "yuv420p");
        var frameSize = expected[0].Length;
        Assert.Equal(expected.Count * frameSize, decoded.Length);
        for (var i = 0; i < expected.Count; i++)
        {
            var actual = decoded.AsSpan(i * frameSize, frameSize);
            Assert.True(actual.SequenceEqual(expected[i]), $"picture {i} differs at byte {FirstDifference(actual, expected[i])}");
        }
    }

    private static int FirstDifference(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                return i;
            }
        }

        return -1;
    }

    private static void FillRandom(YuvFrame frame, int mbX, int mbY, Random random, MacroblockMap map, int index)
    {
        var rect = PixelRect.Macroblock(mbX, mbY);
        switch (random.Next(5))
        {
            case 0:
                // flat, sometimes an extreme colour to exercise large DC levels
                var color = random.Next(5) == 0
                    ? new YuvColor((byte)(random.Next(2) == 0 ? 16 : 235), (byte)(random.Next(2) == 0 ? 16 : 240), (byte)(random.Next(2) == 0 ? 16 : 240))
                    : new YuvColor((byte)random.Next(16, 236), (byte)random.Next(16, 241), (byte)random.Next(16, 241));
                frame.Fill(rect, color);
                break;
            case 1 when mbY > 0:
                // the row above continued downwards plus an offset (vertical prediction), chroma flat per 4x4 block
                FillFromNeighbour(frame, rect, vertical: true, offset: random.Next(-20, 21), random);
                break;
            case 2 when mbX > 0:
                FillFromNeighbour(frame, rect, vertical: false, offset: random.Next(-20, 21), random);
                break;
            default:
                for (var y = rect.Y; y < rect.Bottom; y++)
                {
                    for (var x = rect.X; x < rect.Right; x++)
                    {
                        frame.Y[(y * frame.LumaStride) + x] = (byte)random.Next(0, 256);
                    }
                }

                FillChroma(frame, rect, (_, _) => (byte)random.Next(0, 256), (_, _) => (byte)random.Next(0, 256));
                break;
        }

        map.MarkChanged(index);
    }

    private static void FillFromNeighbour(YuvFrame frame, PixelRect rect, bool vertical, int offset, Random random)
    {
        var s = frame.LumaStride;
        for (var y = rect.Y; y < rect.Bottom; y++)
        {
            for (var x = rect.X; x < rect.Right; x++)
            {
                var reference = vertical ? frame.Y[((rect.Y - 1) * s) + x] : frame.Y[(y * s) + rect.X - 1];
                frame.Y[(y * s) + x] = (byte)Math.Clamp(reference + offset, 0, 255);
            }
        }

        // chroma: either one value per 4x4 block, or continued from the neighbour too
        if (random.Next(2) == 0)
        {
            var u = new byte[4];
            var v = new byte[4];
            random.NextBytes(u);
            random.NextBytes(v);
            FillChroma(frame, rect, (x, y) => u[(((y / 4) % 2) * 2) + ((x / 4) % 2)], (x, y) => v[(((y / 4) % 2) * 2) + ((x / 4) % 2)]);
        }
        else
        {
            var cs = frame.ChromaStride;
            var cx0 = rect.X / 2;
            var cy0 = rect.Y / 2;
            FillChroma(
                frame,
                rect,
                (x, y) => vertical ? frame.U[((cy0 - 1) * cs) + x] : frame.U[(y * cs) + cx0 - 1],
                (x, y) => vertical ? frame.V[((cy0 - 1) * cs) + x] : frame.V[(y * cs) + cx0 - 1]);
        }
    }

    private static void FillChroma(YuvFrame frame, PixelRect rect, Func<int, int, byte> u, Func<int, int, byte> v)
    {
        for (var y = rect.Y / 2; y < rect.Bottom / 2; y++)
        {
            for (var x = rect.X / 2; x < rect.Right / 2; x++)
            {
                frame.U[(y * frame.ChromaStride) + x] = u(x, y);
                frame.V[(y * frame.ChromaStride) + x] = v(x, y);
            }
        }
    }
}
