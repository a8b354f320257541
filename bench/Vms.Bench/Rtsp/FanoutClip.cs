using Vms.Rtsp.Media;

namespace Vms.Bench.Rtsp;

/// <summary>The benchmark's source: an H.264 Annex-B file cut into access units (one picture per unit).</summary>
internal sealed class FanoutClip(string path, IReadOnlyList<AccessUnit> units, H264Parameters parameters)
{
    public string Path { get; } = path;

    public IReadOnlyList<AccessUnit> Units { get; } = units;

    public H264Parameters Parameters { get; } = parameters;

    /// <summary>Average bit rate at <paramref name="fps"/>.</summary>
    public double BitsPerSecond(int fps) => Units.Sum(u => (double)u.ByteLength) * 8 * fps / Units.Count;

    /// <summary>Makes the clip with ffmpeg when missing: 720p, 12 fps, GOP 12, no B-frames, ~4 Mbit/s (noise keeps the rate up).</summary>
    public static async Task<FanoutClip> EnsureAsync(string path, int fps, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            using var ffmpeg = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("ffmpeg")
            {
                ArgumentList =
                {
                    "-v", "error", "-f", "lavfi", "-i", $"testsrc2=size=1280x720:rate={fps}", "-vf", "noise=alls=12:allf=t",
                    "-pix_fmt", "yuv420p", "-c:v", "libx264", "-preset", "veryfast", "-b:v", "4M", "-maxrate", "4M", "-bufsize", "4M",
                    "-g", fps.ToString(System.Globalization.CultureInfo.InvariantCulture), "-bf", "0", "-t", "10", "-f", "h264", "-y", path,
                },
                UseShellExecute = false,
            }) ?? throw new InvalidOperationException("cannot start ffmpeg");
            await ffmpeg.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            if (ffmpeg.ExitCode != 0)
            {
                throw new InvalidOperationException("ffmpeg could not make the clip");
            }
        }

        return Load(path);
    }

    /// <summary>A picture starts at a parameter set, SEI or delimiter after a slice, or at a slice with first_mb_in_slice 0.</summary>
    public static FanoutClip Load(string path)
    {
        var nals = AnnexB.Split(File.ReadAllBytes(path));
        var units = new List<AccessUnit>();
        var current = new List<ReadOnlyMemory<byte>>();
        byte[]? sps = null, pps = null;
        bool sawSlice = false, key = false;
        foreach (var nal in nals)
        {
            var type = nal.Span[0] & 0x1F;
            var isSlice = type is 1 or 5;
            if (sawSlice && ((isSlice && (nal.Span[1] & 0x80) != 0) || type is 6 or 7 or 8 or 9))
            {
                units.Add(new AccessUnit(CodecId.H264, current, 0, 0, key));
                current = [];
                sawSlice = key = false;
            }

            sps ??= type == 7 ? nal.ToArray() : null;
            pps ??= type == 8 ? nal.ToArray() : null;
            current.Add(nal);
            sawSlice |= isSlice;
            key |= type == 5;
        }

        if (current.Count > 0)
        {
            units.Add(new AccessUnit(CodecId.H264, current, 0, 0, key));
        }

        return new FanoutClip(path, units, new H264Parameters(sps!, pps!));
    }
}
