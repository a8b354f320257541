using Vms.Rtsp.Media;
using Vms.Storage.Fmp4;
using Vms.Storage.Fmp4.Boxes;
using Vms.Storage.Fmp4.Codecs;

namespace Vms.Storage.Export;

/// <summary>
/// Writes the head of the exported, non-fragmented MP4: <c>ftyp</c> then <c>moov</c> with complete sample tables,
/// placed before <c>mdat</c> ("faststart"), so players start without seeking to the end.
/// </summary>
internal static class ExportMovieBox
{
    /// <summary>Movie timescale (mvhd, tkhd durations): milliseconds.</summary>
    private const uint MovieTimescale = 1000;

    // file layout
    // +------+------+--------------------------------------------------------------+------------------------+
    // | ftyp | moov | mvhd | trak (tkhd, mdia (mdhd, hdlr, minf (vmhd, dinf, stbl))) | uuid (export record)   |
    // +------+------+--------------------------------------------------------------+------------------------+
    // | mdat (8-byte header, or 16 with a 64-bit size) | chunk 1 | chunk 2 | ...   (chunk = samples of one    |
    // |                                                                            source fragment, in order) |
    // +-------------------------------------------------------------------------------------------------------+
    // stbl (ISO/IEC 14496-12 §8.5-8.7): stsd | stts | [ctts] | [stss] | stsc | stsz | stco or co64

    /// <summary>The bytes of ftyp + moov; chunk offsets are absolute, computed from the head's own size.</summary>
    public static byte[] Build(CodecParameters parameters, VideoFormat format, int timescale, ExportTables tables, ReadOnlySpan<byte> recordJson, DateTimeOffset createdUtc)
    {
        var mdatHeader = tables.PayloadBytes + 8 > uint.MaxValue ? 16 : 8;
        // estimate with 32-bit offsets; switch to co64 if the file would pass 4 GiB
        var co64 = false;
        var probe = Write(parameters, format, timescale, tables, recordJson, createdUtc, co64, 0);
        if (probe.Length + mdatHeader + tables.PayloadBytes > uint.MaxValue)
        {
            co64 = true;
            probe = Write(parameters, format, timescale, tables, recordJson, createdUtc, co64, 0);
        }

        return Write(parameters, format, timescale, tables, recordJson, createdUtc, co64, probe.Length + mdatHeader);
    }

    /// <summary>The mdat header for <paramref name="payload"/> bytes.</summary>
    public static byte[] MdatHeader(long payload)
    {
        using var b = new BoxBuffer(16);
        if (payload + 8 > uint.MaxValue)
        {
            b.WriteU32(1);
            b.WriteU32(BoxType.Mdat);
            b.WriteU64((ulong)(payload + 16));
        }
        else
        {
            b.WriteU32((uint)(payload + 8));
            b.WriteU32(BoxType.Mdat);
        }

        return b.ToArray();
    }

    private static byte[] Write(CodecParameters parameters, VideoFormat format, int timescale, ExportTables tables, ReadOnlySpan<byte> recordJson, DateTimeOffset createdUtc, bool co64, long firstChunkOffset)
    {
        using var b = new BoxBuffer(64 * 1024);
        WriteFileType(b, parameters.Codec);
        var moov = b.BeginBox(BoxType.Moov);
        var movieDuration = (ulong)(tables.TotalDuration * MovieTimescale / timescale);
        var created = Mp4Time.ToSeconds1904(createdUtc);
        WriteMovieHeader(b, created, movieDuration);

        var trak = b.BeginBox(BoxType.Trak);
        WriteTrackHeader(b, created, movieDuration, format.Width, format.Height);
        var mdia = b.BeginBox(BoxType.Mdia);
        WriteMediaHeader(b, created, (uint)timescale, (ulong)tables.TotalDuration);
        HandlerBox.Write(b, BoxType.HandlerVideo, "VideoHandler");
        var minf = b.BeginBox(BoxType.Minf);
        MediaInformationHeaderBox.WriteVideo(b);
        DataInformationBox.Write(b);
        var stbl = b.BeginBox(BoxType.Stbl);
        var stsd = b.BeginFullBox(BoxType.Stsd, 0, 0);
        b.WriteU32(1);
        switch (parameters)
        {
            case H264Parameters h264:
                AvcConfigurationBox.WriteSampleEntry(b, h264, format);
                break;
            case H265Parameters h265:
                HevcConfigurationBox.WriteSampleEntry(b, h265, format);
                break;
            default:
                throw new ExportException($"codec {parameters.Codec} cannot be exported");
        }

        b.EndBox(stsd);
        WriteTimeToSample(b, tables);
        if (tables.HasCompositionOffsets)
        {
            WriteCompositionOffsets(b, tables);
        }

        if (tables.Keyframes != tables.Samples.Count)
        {
            WriteSyncSamples(b, tables);
        }

        WriteSampleToChunk(b, tables);
        WriteSampleSizes(b, tables);
        WriteChunkOffsets(b, tables, co64, firstChunkOffset);
        b.EndBox(stbl);
        b.EndBox(minf);
        b.EndBox(mdia);
        b.EndBox(trak);
        WriteExportRecord(b, recordJson);
        b.EndBox(moov);
        return b.ToArray();
    }

    // ftyp: | size | 'ftyp' | major 'isom' | minor 0x200 | compatible 'isom' 'iso2' 'avc1'|'hvc1' 'mp41' |
    private static void WriteFileType(BoxBuffer b, CodecId codec)
    {
        var box = b.BeginBox(BoxType.Ftyp);
        b.WriteU32(BoxType.BrandIsom);
        b.WriteU32(0x200);
        b.WriteU32(BoxType.BrandIsom);
        b.WriteU32(BoxType.BrandIso2);
        b.WriteU32(codec == CodecId.H265 ? BoxType.Hvc1 : ExportBoxTypes.BrandAvc1);
        b.WriteU32(BoxType.BrandMp41);
        b.EndBox(box);
    }

    // mvhd (§8.2.2): as the segments' but with the real duration (ms); version 1 when a field needs 64 bits
    private static void WriteMovieHeader(BoxBuffer b, ulong created, ulong duration)
    {
        var v1 = created > uint.MaxValue || duration > uint.MaxValue;
        var box = b.BeginFullBox(BoxType.Mvhd, v1 ? (byte)1 : (byte)0, 0);
        WriteTimes(b, v1, created);
        b.WriteU32(MovieTimescale);
        WriteDuration(b, v1, duration);
        b.WriteU32(0x0001_0000);
        b.WriteU16(0x0100);
        b.WriteZeros(2 + 8);
        MovieHeaderBox.WriteUnityMatrix(b);
        b.WriteZeros(24);
        b.WriteU32(2); // next_track_ID
        b.EndBox(box);
    }

    // tkhd (§8.3.2): enabled | in movie, track 1, duration in the movie timescale, width/height 16.16
    private static void WriteTrackHeader(BoxBuffer b, ulong created, ulong duration, int width, int height)
    {
        var v1 = created > uint.MaxValue || duration > uint.MaxValue;
        var box = b.BeginFullBox(BoxType.Tkhd, v1 ? (byte)1 : (byte)0, TrackHeaderBox.Flags);
        WriteTimes(b, v1, created);
        b.WriteU32(1);
        b.WriteU32(0);
        WriteDuration(b, v1, duration);
        b.WriteZeros(8);
        b.WriteU16(0);
        b.WriteU16(0);
        b.WriteU16(0);
        b.WriteU16(0);
        MovieHeaderBox.WriteUnityMatrix(b);
        b.WriteU32((uint)width << 16);
        b.WriteU32((uint)height << 16);
        b.EndBox(box);
    }

    // mdhd (§8.4.2): media timescale (90 kHz for video) and duration in it
    private static void WriteMediaHeader(BoxBuffer b, ulong created, uint timescale, ulong duration)
    {
        var v1 = created > uint.MaxValue || duration > uint.MaxValue;
        var box = b.BeginFullBox(BoxType.Mdhd, v1 ? (byte)1 : (byte)0, 0);
        WriteTimes(b, v1, created);
        b.WriteU32(timescale);
        WriteDuration(b, v1, duration);
        b.WriteU16(MediaHeaderBox.LanguageUndetermined);
        b.WriteU16(0);
        b.EndBox(box);
    }

    // stts (§8.6.1.2): | entry_count | (sample_count:32, sample_delta:32) ... | runs of equal durations
    private static void WriteTimeToSample(BoxBuffer b, ExportTables t)
    {
        var box = b.BeginFullBox(BoxType.Stts, 0, 0);
        var countAt = b.Length;
        b.WriteU32(0);
        uint entries = 0;
        var i = 0;
        while (i < t.Samples.Count)
        {
            var d = t.Samples[i].Duration;
            var n = 1;
            while (i + n < t.Samples.Count && t.Samples[i + n].Duration == d)
            {
                n++;
            }

            b.WriteU32((uint)n);
            b.WriteU32(d);
            entries++;
            i += n;
        }

        b.PatchU32(countAt, entries);
        b.EndBox(box);
    }

    // ctts version 1 (§8.6.1.3): | entry_count | (sample_count:32, sample_offset:32 signed) ... |
    private static void WriteCompositionOffsets(BoxBuffer b, ExportTables t)
    {
        var box = b.BeginFullBox(ExportBoxTypes.Ctts, 1, 0);
        var countAt = b.Length;
        b.WriteU32(0);
        uint entries = 0;
        var i = 0;
        while (i < t.Samples.Count)
        {
            var o = t.Samples[i].CompositionOffset;
            var n = 1;
            while (i + n < t.Samples.Count && t.Samples[i + n].CompositionOffset == o)
            {
                n++;
            }

            b.WriteU32((uint)n);
            b.WriteI32(o);
            entries++;
            i += n;
        }

        b.PatchU32(countAt, entries);
        b.EndBox(box);
    }

    // stss (§8.6.2): | entry_count | sample_number:32 (1-based) of each sync sample ... |
    private static void WriteSyncSamples(BoxBuffer b, ExportTables t)
    {
        var box = b.BeginFullBox(ExportBoxTypes.Stss, 0, 0);
        b.WriteU32((uint)t.Keyframes);
        for (var i = 0; i < t.Samples.Count; i++)
        {
            if (t.Samples[i].IsSync)
            {
                b.WriteU32((uint)(i + 1));
            }
        }

        b.EndBox(box);
    }

    // stsc (§8.7.4): | entry_count | (first_chunk:32 1-based, samples_per_chunk:32, sample_description_index:32 = 1) ... |
    private static void WriteSampleToChunk(BoxBuffer b, ExportTables t)
    {
        var box = b.BeginFullBox(BoxType.Stsc, 0, 0);
        var countAt = b.Length;
        b.WriteU32(0);
        uint entries = 0;
        var previous = -1;
        for (var c = 0; c < t.Chunks.Count; c++)
        {
            if (t.Chunks[c].SampleCount == previous)
            {
                continue;
            }

            previous = t.Chunks[c].SampleCount;
            b.WriteU32((uint)(c + 1));
            b.WriteU32((uint)previous);
            b.WriteU32(1);
            entries++;
        }

        b.PatchU32(countAt, entries);
        b.EndBox(box);
    }

    // stsz (§8.7.3): | sample_size:32 = 0 | sample_count:32 | entry_size:32 ... |
    private static void WriteSampleSizes(BoxBuffer b, ExportTables t)
    {
        var box = b.BeginFullBox(BoxType.Stsz, 0, 0);
        b.WriteU32(0);
        b.WriteU32((uint)t.Samples.Count);
        foreach (var s in t.Samples)
        {
            b.WriteU32((uint)s.Size);
        }

        b.EndBox(box);
    }

    // stco (§8.7.5): | entry_count | chunk_offset:32 ... |   co64: | entry_count | chunk_offset:64 ... |
    private static void WriteChunkOffsets(BoxBuffer b, ExportTables t, bool co64, long firstChunkOffset)
    {
        var box = b.BeginFullBox(co64 ? ExportBoxTypes.Co64 : BoxType.Stco, 0, 0);
        b.WriteU32((uint)t.Chunks.Count);
        var offset = firstChunkOffset;
        foreach (var c in t.Chunks)
        {
            if (co64)
            {
                b.WriteU64((ulong)offset);
            }
            else
            {
                b.WriteU32((uint)offset);
            }

            offset += c.Length;
        }

        b.EndBox(box);
    }

    // uuid (§4.2) | usertype 5e0c7d1a-3b9f-4c62-8d4e-1a7f2b9c6e30 | ver:8 = 1 | flags:24 = 0 | manifest core JSON |
    private static void WriteExportRecord(BoxBuffer b, ReadOnlySpan<byte> json)
    {
        var box = b.BeginBox(BoxType.Uuid);
        b.WriteBytes(ExportBoxTypes.ExportRecordUuid);
        b.WriteU8(1);
        b.WriteU24(0);
        b.WriteBytes(json);
        b.EndBox(box);
    }

    private static void WriteTimes(BoxBuffer b, bool v1, ulong time)
    {
        if (v1)
        {
            b.WriteU64(time);
            b.WriteU64(time);
        }
        else
        {
            b.WriteU32((uint)time);
            b.WriteU32((uint)time);
        }
    }

    private static void WriteDuration(BoxBuffer b, bool v1, ulong duration)
    {
        if (v1)
        {
            b.WriteU64(duration);
        }
        else
        {
            b.WriteU32((uint)duration);
        }
    }
}
