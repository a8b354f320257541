using Vms.Simulators.Video;
using Vms.TestSupport;

namespace Vms.Simulators.Tests.Video;

/// <summary>Runtime setting changes against ffmpeg, and the bitrate model over ten seconds.</summary>
public sealed class SyntheticVideoSettingsDecodeTests
{
    /// <summary>
    /// Size, frame rate, GOP, bitrate and profile change mid-stream (at GOP IDRs and at a forced IDR): the whole
    /// stream decodes without a message, and each coded sequence decodes to exactly the rendered pictures.
    /// </summary>
    [RequiresToolsFact("ffmpeg", "ffprobe")]
    public async Task SettingsChanges_StreamDecodesCleanlyAndEverySequenceExactly()
    {
        var scene = new CameraScene("Changements");
        var recording = SourceRecording.Start(scene, new VideoStreamSettings { GopFrames = 6 });
        recording.Run(4);
        recording.Source.UpdateSettings(new VideoStreamSettings { Width = 1280, Height = 720, FramesPerSecond = 25, GopFrames = 10, BitrateKbps = 3000, Profile = H264Profile.Main });
        recording.Run(12); // applies at frame 6
        scene.SetMasks([PrivacyMask.Rectangle(-0.3, 0.3, 0.3, -0.3, new RgbColor(10, 10, 10))]);
        recording.Source.UpdateSettings(new VideoStreamSettings { Width = 354, Height = 202, FramesPerSecond = 7, GopFrames = 3, BitrateKbps = 0 });
        recording.Source.RequestKeyframe();
        recording.Run(7);
        recording.Source.UpdateSettings(new VideoStreamSettings { Width = 354, Height = 202, FramesPerSecond = 7, GopFrames = 3, BitrateKbps = 900 });
        recording.Run(5); // same geometry, new bitrate: no new sequence needed

        using var dir = new TempDirectory();
        var all = await recording.WriteAnnexBAsync(dir, "all.h264");
        Assert.Equal(string.Empty, await FfmpegDecode.DecodeToNullAsync(all));

        // split at the IDRs where the picture size changes and check each sequence on its own
        var starts = new List<int> { 0 };
        for (var i = 1; i < recording.Pictures.Count; i++)
        {
            if (recording.Pictures[i].Length != recording.Pictures[i - 1].Length)
            {
                Assert.True(recording.AccessUnits[i].IsKeyframe, $"size changed at non-IDR frame {i}");
                starts.Add(i);
            }
        }

        Assert.Equal([0, 6, 16], starts);
        (int W, int H)[] sizes = [(640, 360), (1280, 720), (354, 202)];
        for (var s = 0; s < starts.Count; s++)
        {
            var end = s + 1 < starts.Count ? starts[s + 1] : recording.Pictures.Count;
            var part = new SourceRecording(recording.Source, recording.Time);
            part.AccessUnits.AddRange(recording.AccessUnits[starts[s]..end]);
            var path = await part.WriteAnnexBAsync(dir, $"part{s}.h264");
            var probe = await FfmpegDecode.ProbeAsync(path);
            Assert.Equal(sizes[s], (probe.Width, probe.Height));
            var decoded = await FfmpegDecode.DecodeToRawAsync(path, "yuv420p");
            var size = recording.Pictures[starts[s]].Length;
            Assert.Equal((end - starts[s]) * size, decoded.Length);
            for (var i = starts[s]; i < end; i++)
            {
                Assert.True(decoded.AsSpan((i - starts[s]) * size, size).SequenceEqual(recording.Pictures[i]), $"frame {i} differs");
            }
        }

        Assert.Equal("Main", (await FfmpegDecode.ProbeAsync(dir.File("part1.h264"))).Profile);
        Assert.Equal("Constrained Baseline", (await FfmpegDecode.ProbeAsync(dir.File("part0.h264"))).Profile);
        Assert.Equal(new[] { 0, 6, 16, 19, 22, 25 }, recording.AccessUnits.Select((a, i) => (a, i)).Where(p => p.a.IsKeyframe).Select(p => p.i).Take(6));
    }

    /// <summary>Ten seconds of stream carry the target bitrate within ±30 % (the model aims at ±5 %).</summary>
    [Theory]
    [InlineData(640, 360, 12, 24, 800)]
    [InlineData(1920, 1080, 12, 24, 3000)]
    [InlineData(1920, 1080, 25, 50, 4000)]
    [InlineData(704, 576, 12, 12, 1500)]
    public void Bitrate_TenSeconds_WithinThirtyPercentOfTarget(int width, int height, int fps, int gop, int kbps)
    {
        var scene = new CameraScene("Débit");
        var recording = SourceRecording.Start(scene, new VideoStreamSettings { Width = width, Height = height, FramesPerSecond = fps, GopFrames = gop, BitrateKbps = kbps });

        recording.Run(10 * fps, frame =>
        {
            if (frame == 5 * fps)
            {
                scene.SetPosition(new PtzPosition(0.3, 0.1, 0.2)); // a PTZ move mid-way costs a burst, repaid by the model
            }
        });

        var measured = recording.TotalBytes * 8 / 10.0 / 1000;
        Assert.InRange(measured, kbps * 0.7, kbps * 1.3);
        Assert.InRange(measured, kbps * 0.9, kbps * 1.1); // what the model actually achieves
        Assert.True(recording.Source.Statistics.RefreshMacroblocks > 0);
    }

    /// <summary>Padding off: only what changes is sent, far below a typical target.</summary>
    [Fact]
    public void Bitrate_ZeroTarget_SendsOnlyChanges()
    {
        var recording = SourceRecording.Start(new CameraScene("Nu"), new VideoStreamSettings { BitrateKbps = 0 }).Run(48);

        Assert.Equal(0, recording.Source.Statistics.RefreshMacroblocks);
        Assert.InRange(recording.TotalBytes * 8 / 4.0 / 1000, 50, 700);
    }
}
