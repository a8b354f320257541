namespace Vms.Rtsp.Media;

/// <summary>
/// One decodable unit of a track: a whole video picture (all its NAL units, without start codes or length
/// prefixes) or one audio frame. Timestamps are unwrapped (64-bit) and counted in the track's clock rate
/// (90 kHz for video).
/// </summary>
/// <remarks>The buffers belong to the access unit and are never written after construction, so one access
/// unit may be shared by every consumer of a stream (recorder, live viewers) without copying.</remarks>
public sealed class AccessUnit
{
    public AccessUnit(
        CodecId codec,
        IReadOnlyList<ReadOnlyMemory<byte>> nalUnits,
        long pts,
        long dts,
        bool isKeyframe,
        DateTimeOffset? wallClock = null)
    {
        ArgumentNullException.ThrowIfNull(nalUnits);
        Codec = codec;
        NalUnits = nalUnits;
        Pts = pts;
        Dts = dts;
        IsKeyframe = isKeyframe;
        WallClock = wallClock;
    }

    /// <summary>The codec of the track this unit belongs to.</summary>
    public CodecId Codec { get; }

    /// <summary>Video: the NAL units of the picture in decoding order. Audio: one element, the frame.</summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> NalUnits { get; }

    /// <summary>Presentation time in track clock units (unwrapped).</summary>
    public long Pts { get; }

    /// <summary>Decoding time in track clock units (unwrapped); equals <see cref="Pts"/> without B-frames.</summary>
    public long Dts { get; }

    /// <summary>True for a random-access point (H.264 IDR, H.265 IRAP); always true for audio.</summary>
    public bool IsKeyframe { get; }

    /// <summary>Capture time in UTC when known (RTCP sender report mapping, or arrival time).</summary>
    public DateTimeOffset? WallClock { get; }

    /// <summary>Where <see cref="WallClock"/> came from (sender report or arrival time).</summary>
    public WallClockSource WallClockSource { get; init; }

    /// <summary>Total payload bytes (sum of the NAL unit lengths).</summary>
    public int ByteLength
    {
        get
        {
            var n = 0;
            for (var i = 0; i < NalUnits.Count; i++)
            {
                n += NalUnits[i].Length;
            }

            return n;
        }
    }

    /// <summary>A copy with a different wall-clock time (same <see cref="WallClockSource"/>).</summary>
    public AccessUnit WithWallClock(DateTimeOffset? wallClock) =>
        new(Codec, NalUnits, Pts, Dts, IsKeyframe, wallClock) { WallClockSource = WallClockSource };

    /// <summary>A copy with a different wall-clock time and its origin.</summary>
    public AccessUnit WithWallClock(DateTimeOffset? wallClock, WallClockSource source) =>
        new(Codec, NalUnits, Pts, Dts, IsKeyframe, wallClock) { WallClockSource = source };

    /// <summary>A copy with shifted timestamps (same buffers).</summary>
    public AccessUnit WithTimestamps(long pts, long dts) =>
        new(Codec, NalUnits, pts, dts, IsKeyframe, WallClock) { WallClockSource = WallClockSource };
}
