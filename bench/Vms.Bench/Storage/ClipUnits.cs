using Vms.Rtsp.Media;

namespace Vms.Bench.Storage;

/// <summary>The H.264 fixture clip (Annex-B) as parameter sets and access units, for writing real segments.</summary>
internal sealed record ClipUnits(H264Parameters Parameters, IReadOnlyList<(IReadOnlyList<ReadOnlyMemory<byte>> Nals, bool IsKeyframe)> Units)
{
    public static ClipUnits Load(string path)
    {
        byte[]? sps = null, pps = null;
        var units = new List<(IReadOnlyList<ReadOnlyMemory<byte>>, bool)>();
        List<ReadOnlyMemory<byte>>? current = null;
        var key = false;
        foreach (var nal in AnnexB.Split(File.ReadAllBytes(path)))
        {
            var type = nal.Span[0] & 0x1F;
            if (type == 7)
            {
                sps = nal.ToArray();
            }
            else if (type == 8)
            {
                pps = nal.ToArray();
            }

            if (type is not (1 or 5))
            {
                continue;
            }

            if ((nal.Span[1] & 0x80) != 0)
            {
                if (current is not null)
                {
                    units.Add((current, key));
                }

                current = [];
                key = type == 5;
            }

            current?.Add(nal);
        }

        if (current is not null)
        {
            units.Add((current, key));
        }

        return new ClipUnits(new H264Parameters(sps!, pps!), units);
    }
}
