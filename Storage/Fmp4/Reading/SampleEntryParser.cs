using Vms.Rtsp.Media;

namespace Vms.Storage.Fmp4.Reading;

/// <summary>Rebuilds codec parameters from a sample entry (avc1/avc3 + avcC, hvc1/hev1 + hvcC, mp4a + esds, ulaw/alaw).</summary>
internal static class SampleEntryParser
{
    /// <summary>Bytes of a VisualSampleEntry before its child boxes.</summary>
    private const int VisualFields = 78;

    public readonly record struct Result(CodecParameters? Parameters, int Width, int Height, int NalLengthSize);

    public static Result Parse(uint entryType, ReadOnlySpan<byte> entry, long offset, uint mediaTimescale)
    {
        switch (entryType)
        {
            case BoxType.Avc1 or BoxType.Avc3 or BoxType.Hvc1 or BoxType.Hev1:
                return ParseVisual(entryType, entry, offset);
            case BoxType.Mp4a or BoxType.Ulaw or BoxType.Alaw:
                return ParseAudio(entryType, entry, offset, mediaTimescale);
            default:
                return new Result(null, 0, 0, 0);
        }
    }

    private static Result ParseVisual(uint entryType, ReadOnlySpan<byte> entry, long offset)
    {
        var f = new FieldReader(entry, offset, entryType);
        f.Skip(24);
        int width = f.U16();
        int height = f.U16();
        f.Skip(VisualFields - 28);
        var children = new ChildBoxes(f.Rest, offset + VisualFields);
        while (children.MoveNext(out var h, out var payload))
        {
            if (h.Type == BoxType.AvcC && entryType is BoxType.Avc1 or BoxType.Avc3)
            {
                var (p, lengthSize) = ParseAvcC(payload, h.PayloadOffset);
                return new Result(p, width, height, lengthSize);
            }

            if (h.Type == BoxType.HvcC && entryType is BoxType.Hvc1 or BoxType.Hev1)
            {
                var (p, lengthSize) = ParseHvcC(payload, h.PayloadOffset);
                return new Result(p, width, height, lengthSize);
            }
        }

        throw new Fmp4FormatException("video sample entry has no decoder configuration box", offset, BoxType.Name(entryType));
    }

    private static Result ParseAudio(uint entryType, ReadOnlySpan<byte> entry, long offset, uint mediaTimescale)
    {
        var f = new FieldReader(entry, offset, entryType);
        f.Skip(8);
        var version = f.U16(); // QuickTime sound description version (0 in ISO files)
        f.Skip(6);
        int channels = f.U16();
        f.Skip(6);
        var rate = (int)(f.U32() >> 16);
        f.Skip(version switch
        {
            1 => 16,
            2 => 36,
            _ => 0,
        });
        if (rate == 0)
        {
            rate = (int)Math.Min(mediaTimescale, int.MaxValue);
        }

        if (entryType != BoxType.Mp4a)
        {
            return new Result(new G711Parameters(entryType == BoxType.Alaw, rate, Math.Max(1, channels)), 0, 0, 0);
        }

        var children = new ChildBoxes(f.Rest, offset + f.Position);
        while (children.MoveNext(out var h, out var payload))
        {
            if (h.Type == BoxType.Esds)
            {
                var asc = EsdsParser.AudioSpecificConfig(payload, h.PayloadOffset);
                if (asc.Length == 0)
                {
                    asc = EsdsParser.LowComplexityConfig(rate, channels); // assume AAC-LC as the sample entry describes
                }

                var (ascRate, ascChannels) = EsdsParser.RateAndChannels(asc);
                return new Result(new AacParameters(asc, ascRate > 0 ? ascRate : rate, ascChannels > 0 ? ascChannels : channels), 0, 0, 0);
            }
        }

        throw new Fmp4FormatException("mp4a sample entry has no esds box", offset, "mp4a");
    }

    private static (H264Parameters Parameters, int LengthSize) ParseAvcC(ReadOnlySpan<byte> payload, long offset)
    {
        var f = new FieldReader(payload, offset, BoxType.AvcC);
        if (f.U8() != 1)
        {
            throw f.Error("avcC configurationVersion is not 1");
        }

        f.Skip(3);
        var lengthSize = (f.U8() & 3) + 1;
        var spsCount = f.U8() & 0x1F;
        byte[]? sps = null;
        for (var i = 0; i < spsCount; i++)
        {
            var n = f.U16();
            var bytes = f.Bytes(n);
            sps ??= bytes.ToArray();
        }

        var ppsCount = f.U8();
        byte[]? pps = null;
        for (var i = 0; i < ppsCount; i++)
        {
            var n = f.U16();
            var bytes = f.Bytes(n);
            pps ??= bytes.ToArray();
        }

        if (lengthSize == 3)
        {
            throw f.Error("avcC NAL length size 3 is not allowed");
        }

        return (new H264Parameters(sps ?? [], pps ?? []), lengthSize);
    }

    private static (H265Parameters Parameters, int LengthSize) ParseHvcC(ReadOnlySpan<byte> payload, long offset)
    {
        var f = new FieldReader(payload, offset, BoxType.HvcC);
        if (f.U8() != 1)
        {
            throw f.Error("hvcC configurationVersion is not 1");
        }

        f.Skip(20);
        var lengthSize = (f.U8() & 3) + 1;
        var arrays = f.U8();
        byte[]? vps = null, sps = null, pps = null;
        for (var a = 0; a < arrays; a++)
        {
            var type = f.U8() & 0x3F;
            var count = f.U16();
            for (var i = 0; i < count; i++)
            {
                var n = f.U16();
                var bytes = f.Bytes(n);
                switch (type)
                {
                    case 32:
                        vps ??= bytes.ToArray();
                        break;
                    case 33:
                        sps ??= bytes.ToArray();
                        break;
                    case 34:
                        pps ??= bytes.ToArray();
                        break;
                }
            }
        }

        if (lengthSize == 3)
        {
            throw f.Error("hvcC NAL length size 3 is not allowed");
        }

        return (new H265Parameters(vps ?? [], sps ?? [], pps ?? []), lengthSize);
    }
}
