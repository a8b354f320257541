using Vms.Rtsp.Media;

namespace Vms.Bench.Storage;

/// <summary>
/// A camera's H.264 stream for storage benchmarks: 1080p parameter sets (real SPS/PPS, so the muxer reads
/// size and profile), an IDR every <c>gop</c> frames four times the size of a P frame, sized for the bitrate.
/// The payload buffers are shared and never written (as access units are in the stream hub).
/// </summary>
internal sealed class SyntheticCameraStream
{
    private static readonly byte[] Sps = Convert.FromHexString("67640028acd940780227e5c044000003000400000300c83c60c658");
    private static readonly byte[] Pps = Convert.FromHexString("68ebc3cb22c0");

    private readonly ReadOnlyMemory<byte>[] _keyframe;
    private readonly ReadOnlyMemory<byte>[] _frame;

    public SyntheticCameraStream(int bitrate, int fps, int gop)
    {
        Fps = fps;
        Gop = gop;
        var bytesPerGop = bitrate / 8.0 * gop / fps;
        var pSize = (int)(bytesPerGop / (gop - 1 + 4));
        var random = new Random(1);
        var idr = new byte[pSize * 4];
        var p = new byte[pSize];
        random.NextBytes(idr);
        random.NextBytes(p);
        idr[0] = 0x65; // IDR slice
        p[0] = 0x41; // non-IDR slice
        _keyframe = [Sps, Pps, idr];
        _frame = [p];
        Track = new MediaTrack(0, new H264Parameters(Sps, Pps));
        BytesPerSecond = (pSize * (gop - 1) + idr.Length + Sps.Length + Pps.Length) * (double)fps / gop;
    }

    public MediaTrack Track { get; }

    public int Fps { get; }

    public int Gop { get; }

    public double BytesPerSecond { get; }

    public long FrameTicks => 90_000 / Fps;

    /// <summary>Frame <paramref name="n"/> of the stream, with its wall clock.</summary>
    public AccessUnit Frame(long n, DateTimeOffset wallClock)
    {
        var ts = n * FrameTicks;
        return new AccessUnit(CodecId.H264, n % Gop == 0 ? _keyframe : _frame, ts, ts, n % Gop == 0, wallClock)
        {
            WallClockSource = WallClockSource.SenderReport,
        };
    }
}
