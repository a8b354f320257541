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
            Assert.Equal(map.Count, stats.Pcm + stats.Flat + stats.Refreshed + stats.Skipped);
            flat += stats.Flat;
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
        if (random.Next(2) == 0)
        {
            // flat, sometimes an extreme colour to exercise large DC levels
            var color = random.Next(5) == 0
                ? new YuvColor((byte)(random.Next(2) == 0 ? 16 : 235), (byte)(random.Next(2) == 0 ? 16 : 240), (byte)(random.Next(2) == 0 ? 16 : 240))
                : new YuvColor((byte)random.Next(16, 236), (byte)random.Next(16, 241), (byte)random.Next(16, 241));
            frame.Fill(rect, color);
        }
        else
        {
            for (var y = rect.Y; y < rect.Bottom; y++)
            {
                for (var x = rect.X; x < rect.Right; x++)
                {
                    frame.Y[(y * frame.LumaStride) + x] = (byte)random.Next(0, 256);
                }
            }

            for (var y = rect.Y / 2; y < rect.Bottom / 2; y++)
            {
                for (var x = rect.X / 2; x < rect.Right / 2; x++)
                {
                    frame.U[(y * frame.ChromaStride) + x] = (byte)random.Next(0, 256);
                    frame.V[(y * frame.ChromaStride) + x] = (byte)random.Next(0, 256);
                }
            }
        }

        Span<byte> samples = stackalloc byte[384];
        frame.ReadMacroblock(mbX, mbY, samples);
        map.UpdateFlatness(index, samples);
        map.MarkChanged(index);
    }
}
