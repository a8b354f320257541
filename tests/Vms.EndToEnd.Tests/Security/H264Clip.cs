using Vms.Rtsp.Media;
using Vms.TestSupport;

namespace Vms.EndToEnd.Tests.Security;

/// <summary>
/// A real H.264 stream made once per test run by ffmpeg (640x360, 12 fps, GOP 12, no B-frames, 6 s) and
/// cut into access units, so the interop tests serve what a camera would.
/// </summary>
internal sealed class H264Clip
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static H264Clip? _instance;

    private H264Clip(string path, IReadOnlyList<AccessUnit> units, H264Parameters parameters)
    {
        Path = path;
        Units = units;
        Parameters = parameters;
    }

    public const int FramesPerSecond = 12;

    /// <summary>RTP clock ticks per frame.</summary>
    public const long FrameTicks = 90_000 / FramesPerSecond;

    public string Path { get; }

    /// <summary>The access units in decoding order (Pts = index × <see cref="FrameTicks"/>).</summary>
    public IReadOnlyList<AccessUnit> Units { get; }

    public H264Parameters Parameters { get; }

    public MediaTrack Track => new(0, Parameters);

    public static async Task<H264Clip> GetAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_instance is null)
            {
                var dir = Directory.CreateTempSubdirectory("vms-rtsp-interop-");
                AppDomain.CurrentDomain.ProcessExit += (_, _) => dir.Delete(recursive: true);
                var path = System.IO.Path.Combine(dir.FullName, "clip.h264");
                var ffmpeg = await ExternalProcess.RunAsync("ffmpeg", ["-v", "error", "-f", "lavfi", "-i", "testsrc=size=640x360:rate=12", "-pix_fmt", "yuv420p", "-c:v", "libx264", "-g", "12", "-bf", "0", "-t", "6", "-f", "h264", "-y", path], TimeSpan.FromSeconds(60));
                Assert.True(ffmpeg.ExitCode == 0, ffmpeg.StandardError);
                _instance = Load(path);
            }

            return _instance;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Groups the NAL units of an Annex-B file into pictures: a picture starts at a parameter set, SEI or delimiter after a slice, or at a slice whose first_mb_in_slice is 0.</summary>
    public static H264Clip Load(string path)
    {
        var nals = AnnexB.Split(File.ReadAllBytes(path));
        var units = new List<AccessUnit>();
        var current = new List<ReadOnlyMemory<byte>>();
        byte[]? sps = null, pps = null;
        var sawSlice = false;
        var keyframe = false;
        foreach (var nal in nals)
        {
            var type = nal.Span[0] & 0x1F;
            var isSlice = type is 1 or 5;
            var startsPicture = (isSlice && sawSlice && (nal.Span[1] & 0x80) != 0) || (!isSlice && type is 6 or 7 or 8 or 9 && sawSlice);
            if (startsPicture)
            {
                units.Add(new AccessUnit(CodecId.H264, current, units.Count * FrameTicks, units.Count * FrameTicks, keyframe));
                current = [];
                sawSlice = false;
                keyframe = false;
            }

            if (type == 7)
            {
                sps ??= nal.ToArray();
            }
            else if (type == 8)
            {
                pps ??= nal.ToArray();
            }

            current.Add(nal);
            sawSlice |= isSlice;
            keyframe |= type == 5;
        }

        if (current.Count > 0)
        {
            units.Add(new AccessUnit(CodecId.H264, current, units.Count * FrameTicks, units.Count * FrameTicks, keyframe));
        }

        return new H264Clip(path, units, new H264Parameters(sps!, pps!));
    }
}
