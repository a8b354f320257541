namespace Vms.Storage.Fmp4.Reading;

/// <summary>Reads <c>moof</c> (mfhd, traf: tfhd, tfdt, trun) into sample locations and times.</summary>
internal static class MovieFragmentParser
{
    private const uint TfhdBaseDataOffset = 0x000001;
    private const uint TfhdSampleDescriptionIndex = 0x000002;
    private const uint TfhdDefaultDuration = 0x000008;
    private const uint TfhdDefaultSize = 0x000010;
    private const uint TfhdDefaultFlags = 0x000020;
    private const uint TfhdDefaultBaseIsMoof = 0x020000;
    private const uint TrunDataOffset = 0x000001;
    private const uint TrunFirstSampleFlags = 0x000004;
    private const uint TrunDuration = 0x000100;
    private const uint TrunSize = 0x000200;
    private const uint TrunFlags = 0x000400;
    private const uint TrunCompositionOffset = 0x000800;

    /// <param name="nextDecodeTime">Per track, the decode time after the previous fragment (used when tfdt is absent; updated).</param>
    public static (uint Sequence, List<Fmp4TrackRun> Runs) Parse(
        ReadOnlySpan<byte> moofPayload,
        long moofOffset,
        int moofHeaderSize,
        Fmp4Movie movie,
        Fmp4Limits limits,
        Dictionary<int, ulong> nextDecodeTime)
    {
        uint sequence = 0;
        var runs = new List<Fmp4TrackRun>();
        var totalSamples = 0;
        var previousTrafDataEnd = moofOffset;
        var firstTraf = true;
        var children = new ChildBoxes(moofPayload, moofOffset + moofHeaderSize);
        while (children.MoveNext(out var h, out var payload))
        {
            if (h.Type == BoxType.Mfhd)
            {
                var f = new FieldReader(payload, h.PayloadOffset, h.Type);
                f.FullBox();
                sequence = f.U32();
            }
            else if (h.Type == BoxType.Traf)
            {
                var run = ParseTraf(payload, h.PayloadOffset, moofOffset, firstTraf ? moofOffset : previousTrafDataEnd, movie, limits,
                    nextDecodeTime, ref totalSamples, out var dataEnd);
                firstTraf = false;
                previousTrafDataEnd = dataEnd;
                if (run is not null)
                {
                    runs.Add(run);
                }
            }
        }

        return (sequence, runs);
    }

    private static Fmp4TrackRun? ParseTraf(
        ReadOnlySpan<byte> traf,
        long offset,
        long moofOffset,
        long implicitBase,
        Fmp4Movie movie,
        Fmp4Limits limits,
        Dictionary<int, ulong> nextDecodeTime,
        ref int totalSamples,
        out long dataEnd)
    {
        Fmp4TrackInfo? track = null;
        var baseOffset = implicitBase;
        uint defDuration = 0, defSize = 0, defFlags = 0;
        ulong? tfdt = null;
        var samples = new List<Fmp4Sample>();
        dataEnd = implicitBase;

        // tfhd and tfdt come before the truns; read them first
        var children = new ChildBoxes(traf, offset);
        var sawTfhd = false;
        while (children.MoveNext(out var h, out var payload))
        {
            var f = new FieldReader(payload, h.PayloadOffset, h.Type);
            if (h.Type == BoxType.Tfhd)
            {
                sawTfhd = true;
                var (_, flags) = f.FullBox();
                var trackId = (int)f.U32();
                track = movie.FindTrack(trackId);
                var defaults = track?.Defaults ?? default;
                defDuration = defaults.Duration;
                defSize = defaults.Size;
                defFlags = defaults.Flags;
                if ((flags & TfhdBaseDataOffset) != 0)
                {
                    var b = f.U64();
                    if (b > long.MaxValue)
                    {
                        throw f.Error("base_data_offset does not fit 63 bits");
                    }

                    baseOffset = (long)b;
                }
                else if ((flags & TfhdDefaultBaseIsMoof) != 0)
                {
                    baseOffset = moofOffset;
                }

                if ((flags & TfhdSampleDescriptionIndex) != 0)
                {
                    f.U32();
                }

                if ((flags & TfhdDefaultDuration) != 0)
                {
                    defDuration = f.U32();
                }

                if ((flags & TfhdDefaultSize) != 0)
                {
                    defSize = f.U32();
                }

                if ((flags & TfhdDefaultFlags) != 0)
                {
                    defFlags = f.U32();
                }
            }
            else if (h.Type == BoxType.Tfdt)
            {
                var (version, _) = f.FullBox();
                tfdt = version == 1 ? f.U64() : f.U32();
            }
        }

        if (!sawTfhd)
        {
            throw new Fmp4FormatException("traf has no tfhd", offset - 8, "traf");
        }

        var trackKey = track?.TrackId ?? -1;
        var baseTime = tfdt ?? (nextDecodeTime.TryGetValue(trackKey, out var next) ? next : 0);
        if (baseTime > long.MaxValue / 2)
        {
            throw new Fmp4FormatException("baseMediaDecodeTime is out of range", offset, "tfdt");
        }

        var time = (long)baseTime;
        var dataPosition = baseOffset;
        var firstRun = true;
        children = new ChildBoxes(traf, offset);
        while (children.MoveNext(out var h, out var payload))
        {
            if (h.Type != BoxType.Trun)
            {
                continue;
            }

            var f = new FieldReader(payload, h.PayloadOffset, h.Type);
            var (version, flags) = f.FullBox();
            var count = f.U32();
            var entrySize = 4 * (((flags & TrunDuration) != 0 ? 1 : 0) + ((flags & TrunSize) != 0 ? 1 : 0) +
                                 ((flags & TrunFlags) != 0 ? 1 : 0) + ((flags & TrunCompositionOffset) != 0 ? 1 : 0));
            if (count > (ulong)(limits.MaxSamplesPerFragment - totalSamples))
            {
                throw f.Error($"fragment has more than {limits.MaxSamplesPerFragment} samples");
            }

            var dataOffset = (flags & TrunDataOffset) != 0 ? f.I32() : (int?)null;
            var firstFlags = (flags & TrunFirstSampleFlags) != 0 ? f.U32() : (uint?)null;
            if ((long)count * entrySize > f.Remaining)
            {
                throw f.Error($"trun declares {count} samples but holds {f.Remaining} bytes of entries");
            }

            if (dataOffset is { } d)
            {
                dataPosition = baseOffset + d;
            }
            else if (firstRun)
            {
                dataPosition = baseOffset;
            }

            firstRun = false;
            totalSamples += (int)count;
            for (var i = 0; i < count; i++)
            {
                var duration = (flags & TrunDuration) != 0 ? f.U32() : defDuration;
                var size = (flags & TrunSize) != 0 ? f.U32() : defSize;
                var sampleFlags = (flags & TrunFlags) != 0 ? f.U32() : i == 0 && firstFlags is { } ff ? ff : defFlags;
                var cto = (flags & TrunCompositionOffset) != 0 ? (version == 0 ? (int)Math.Min(f.U32(), int.MaxValue) : f.I32()) : 0;
                if (size > limits.MaxSampleBytes)
                {
                    throw f.Error($"sample of {size} bytes exceeds {limits.MaxSampleBytes}");
                }

                if (dataPosition < 0)
                {
                    throw f.Error("sample data offset is negative");
                }

                samples.Add(new Fmp4Sample(dataPosition, (int)size, time, cto, duration, SampleFlags.IsSync(sampleFlags)));
                dataPosition += size;
                time += duration;
            }
        }

        dataEnd = dataPosition;
        if (track is null)
        {
            return null; // a track moov does not declare: skipped
        }

        nextDecodeTime[track.TrackId] = (ulong)time;
        return new Fmp4TrackRun(track.TrackId, baseTime, [.. samples]);
    }
}
