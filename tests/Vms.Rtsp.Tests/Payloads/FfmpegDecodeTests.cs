using Vms.Rtsp.Media;
using Vms.Rtsp.Payloads;
using Vms.Rtsp.Tests.Media;
using Vms.TestSupport;
using Xunit.Abstractions;
using static Vms.Rtsp.Tests.Payloads.PayloadHarness;

namespace Vms.Rtsp.Tests.Payloads;

/// <summary>
/// Real streams from ffmpeg's encoders go through our packetizer and depacketizer; ffmpeg then decodes what comes out
/// and must report no error, also when packets were lost on the way.
/// </summary>
public sealed class FfmpegDecodeTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);
    private readonly string _dir = Directory.CreateTempSubdirectory("vms-rtp-decode-").FullName;

    [RequiresToolsTheory("ffmpeg")]
    [InlineData(CodecId.H264, 0.0)]
    [InlineData(CodecId.H264, 0.01)]
    [InlineData(CodecId.H265, 0.0)]
    [InlineData(CodecId.H265, 0.01)]
    public async Task PacketizeDepacketize_FfmpegStream_DecodesWithoutErrors(CodecId codec, double lossRate)
    {
        var source = await EncodeAsync(codec);
        var units = ToAccessUnits(source, codec);
        var extractor = new ParameterSetExtractor(codec);
        Assert.True(extractor.TryUpdate(units[0], out var parameters));
        var packetizer = RtpPayloadFormats.CreatePacketizer(parameters, new RtpPacketizerOptions { MaxPayloadSize = 1200 });
        var depacketizer = RtpPayloadFormats.CreateDepacketizer(parameters);
        var packets = Packetize(packetizer, units);
        var random = new Random(42);

        var back = Depacketize(depacketizer, packets, _ => random.NextDouble() < lossRate);

        var stats = depacketizer.Statistics;
        output.WriteLine($"{codec}: {units.Count} access units, {packets.Count} packets, lost {stats.LostPackets}, emitted {back.Count}, dropped {stats.DroppedAccessUnits}");
        Assert.Equal(0, stats.PayloadErrors);
        if (lossRate == 0)
        {
            // identity: the very same NAL units come out
            Assert.Equal(units.Count, back.Count);
            for (var i = 0; i < units.Count; i++)
            {
                AssertSameNalUnits(units[i].NalUnits, back[i].NalUnits);
            }
        }
        else
        {
            Assert.True(stats.LostPackets > 0);
            Assert.True(stats.DroppedAccessUnits > 0);
            Assert.True(back.Count < units.Count);

            // whatever comes out is exactly what went in: no damaged picture is ever emitted
            foreach (var au in back)
            {
                AssertSameNalUnits(units.Single(u => u.Pts == au.Pts).NalUnits, au.NalUnits);
            }
        }

        var outputFile = Path.Combine(_dir, $"out.{Extension(codec)}");
        await File.WriteAllBytesAsync(outputFile, back.SelectMany(a => AnnexB.Join(a.NalUnits)).ToArray());
        var decode = await ExternalProcess.RunAsync("ffmpeg", ["-v", "error", "-i", outputFile, "-f", "null", "-"], Timeout);
        Assert.True(decode.ExitCode == 0 && decode.StandardError.Trim().Length == 0, $"ffmpeg reported: {decode.StandardError}");
        Assert.True(back[0].IsKeyframe);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task<byte[]> EncodeAsync(CodecId codec)
    {
        // surveillance-like: 12 fps, a keyframe per second, no B-frames
        var file = Path.Combine(_dir, $"source.{Extension(codec)}");
        string[] encoder = codec == CodecId.H264
            ? ["-c:v", "libx264", "-profile:v", "high", "-g", "12", "-bf", "0", "-f", "h264"]
            : ["-c:v", "libx265", "-x265-params", "log-level=error:keyint=12:min-keyint=12:bframes=0", "-f", "hevc"];
        var encode = await ExternalProcess.RunAsync(
            "ffmpeg",
            ["-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=12", "-frames:v", "60", "-pix_fmt", "yuv420p", .. encoder, file],
            Timeout);
        Assert.True(encode.ExitCode == 0, encode.StandardError);
        return await File.ReadAllBytesAsync(file);
    }

    private static List<AccessUnit> ToAccessUnits(byte[] stream, CodecId codec) =>
        MediaFixtures.GroupAccessUnits(AnnexB.Split(stream), codec).Select((nals, i) => new AccessUnit(
            codec,
            nals,
            i * 7500L,
            i * 7500L,
            codec == CodecId.H264 ? H264NalUnit.ContainsIdr(nals) : H265NalUnit.ContainsIrap(nals))).ToList();

    private static string Extension(CodecId codec) => codec == CodecId.H264 ? "h264" : "hevc";
}
