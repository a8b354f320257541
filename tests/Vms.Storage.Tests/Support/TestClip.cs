using Vms.Rtsp.Media;
using Vms.TestSupport;

namespace Vms.Storage.Tests.Support;

/// <summary>
/// A real encoded clip (Fixtures/*.h264|h265, Annex-B) cut into access units — one per picture: NAL units are
/// grouped until an AUD, a parameter set or SEI after a slice, or a slice that starts a new picture
/// (first_mb_in_slice == 0 / first_slice_segment_in_pic_flag) — with 90 kHz timestamps at the clip's rate.
/// </summary>
internal sealed record TestClip(MediaTrack Track, IReadOnlyList<AccessUnit> Units)
{
    public const int Fps = 12;
    public const long FrameTicks = 90_000 / Fps;

    public static TestClip H264() => Load("testsrc-640x360-12fps-g12.h264", CodecId.H264);

    public static TestClip H265() => Load("testsrc-640x360-12fps-g12.h265", CodecId.H265);

    public static TestClip Load(string fixture, CodecId codec, long firstDts = 0)
    {
        var nals = AnnexB.Split(Fixtures.Bytes(fixture));
        var units = new List<AccessUnit>();
        var current = new List<ReadOnlyMemory<byte>>();
        var hasSlice = false;
        CodecParameters? parameters = null;

        void Flush()
        {
            if (current.Count == 0)
            {
                return;
            }

            var dts = firstDts + units.Count * FrameTicks;
            units.Add(new AccessUnit(codec, current.ToArray(), dts, dts, current.Any(n => IsIrap(codec, n.Span))));
            current.Clear();
            hasSlice = false;
        }

        foreach (var nal in nals)
        {
            var span = nal.Span;
            var type = codec == CodecId.H264 ? span[0] & 0x1F : (span[0] >> 1) & 0x3F;
            var isSlice = codec == CodecId.H264 ? type is >= 1 and <= 5 : type <= 31;
            var startsPicture = isSlice && (codec == CodecId.H264 ? (span[1] & 0x80) != 0 : (span[2] & 0x80) != 0);
            var isPrefix = codec == CodecId.H264
                ? type is 6 or 7 or 8 or 9 or (>= 14 and <= 18)
                : type is 32 or 33 or 34 or 35 or 39 or (>= 41 and <= 44) or (>= 48 and <= 55);
            if (hasSlice && (isPrefix || startsPicture))
            {
                Flush();
            }

            current.Add(nal);
            hasSlice |= isSlice;
        }

        Flush();
        foreach (var u in units)
        {
            parameters ??= Fmp4ParametersOf(codec, u);
        }

        return new TestClip(new MediaTrack(0, parameters ?? throw new InvalidOperationException("no parameter sets in " + fixture)), units);
    }

    /// <summary>The units with wall clocks: <paramref name="start"/> plus their media time.</summary>
    public IReadOnlyList<AccessUnit> WithWallClock(DateTimeOffset start) =>
        [.. Units.Select(u => u.WithWallClock(start + TimeSpan.FromTicks((u.Dts - Units[0].Dts) * TimeSpan.TicksPerSecond / 90_000)))];

    private static bool IsIrap(CodecId codec, ReadOnlySpan<byte> nal) =>
        codec == CodecId.H264 ? (nal[0] & 0x1F) == 5 : ((nal[0] >> 1) & 0x3F) is >= 16 and <= 23;

    private static CodecParameters? Fmp4ParametersOf(CodecId codec, AccessUnit unit)
    {
        byte[]? vps = null, sps = null, pps = null;
        foreach (var n in unit.NalUnits)
        {
            var s = n.Span;
            var type = codec == CodecId.H264 ? s[0] & 0x1F : (s[0] >> 1) & 0x3F;
            if (codec == CodecId.H264)
            {
                if (type == 7)
                {
                    sps ??= s.ToArray();
                }
                else if (type == 8)
                {
                    pps ??= s.ToArray();
                }
            }
            else if (type == 32)
            {
                vps ??= s.ToArray();
            }
            else if (type == 33)
            {
                sps ??= s.ToArray();
            }
            else if (type == 34)
            {
                pps ??= s.ToArray();
            }
        }

        return codec switch
        {
            CodecId.H264 when sps is not null && pps is not null => new H264Parameters(sps, pps),
            CodecId.H265 when vps is not null && sps is not null && pps is not null => new H265Parameters(vps, sps, pps),
            _ => null,
        };
    }
}
