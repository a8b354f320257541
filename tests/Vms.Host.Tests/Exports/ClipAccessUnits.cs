using Vms.Rtsp.Media;
using Vms.TestSupport;

namespace Vms.Host.Tests.Exports;

/// <summary>The committed fixture clip (Annex-B, 120 pictures at 12 fps, IDR every 12) as parameter sets and access units.</summary>
internal sealed record ClipAccessUnits(CodecParameters Parameters, IReadOnlyList<(IReadOnlyList<ReadOnlyMemory<byte>> Nals, bool IsKeyframe)> Units)
{
    public static ClipAccessUnits H264() => Load("testsrc-640x360-12fps-g12.h264", CodecId.H264);

    private static ClipAccessUnits Load(string file, CodecId codec)
    {
        var nals = AnnexB.Split(Fixtures.Bytes(file));
        byte[]? vps = null, sps = null, pps = null;
        var units = new List<(IReadOnlyList<ReadOnlyMemory<byte>>, bool)>();
        List<ReadOnlyMemory<byte>>? current = null;
        var key = false;
        foreach (var nal in nals)
        {
            var span = nal.Span;
            int type;
            bool isSlice, isFirstSlice, isKey;
            if (codec == CodecId.H264)
            {
                type = span[0] & 0x1F;
                isSlice = type is 1 or 5;
                isFirstSlice = isSlice && (span[1] & 0x80) != 0;
                isKey = type == 5;
                if (type == 7)
                {
                    sps = nal.ToArray();
                }
                else if (type == 8)
                {
                    pps = nal.ToArray();
                }
            }
            else
            {
                type = (span[0] >> 1) & 0x3F;
                isSlice = type < 32;
                isFirstSlice = isSlice && (span[2] & 0x80) != 0;
                isKey = type is >= 16 and <= 23;
                if (type == 32)
                {
                    vps = nal.ToArray();
                }
                else if (type == 33)
                {
                    sps = nal.ToArray();
                }
                else if (type == 34)
                {
                    pps = nal.ToArray();
                }
            }

            if (!isSlice)
            {
                continue; // parameter sets go to the sample entry; SEI and AUD are dropped
            }

            if (isFirstSlice)
            {
                if (current is not null)
                {
                    units.Add((current, key));
                }

                current = [];
                key = isKey;
            }

            current?.Add(nal);
        }

        if (current is not null)
        {
            units.Add((current, key));
        }

        CodecParameters parameters = codec == CodecId.H264 ? new H264Parameters(sps!, pps!) : new H265Parameters(vps!, sps!, pps!);
        return new ClipAccessUnits(parameters, units);
    }
}
