using Vms.Storage.Fmp4.Boxes;

namespace Vms.Storage.Fmp4.Reading;

/// <summary>Reads <c>moov</c>: tracks (tkhd, mdhd, hdlr, stsd), mvex (mehd, trex) and our metadata box.</summary>
internal static class MovieBoxParser
{
    public static Fmp4Movie Parse(ReadOnlySpan<byte> moovPayload, long payloadOffset, long movieEnd, Fmp4Limits limits)
    {
        uint movieTimescale = 0;
        var tracks = new List<Fmp4TrackInfo>();
        var defaults = new Dictionary<int, Fmp4TrackDefaults>();
        SegmentMetadata? metadata = null;
        long mehdOffset = -1;
        var mehdSize = 0;
        ulong fragmentDuration = 0;

        var children = new ChildBoxes(moovPayload, payloadOffset);
        while (children.MoveNext(out var h, out var payload))
        {
            switch (h.Type)
            {
                case BoxType.Mvhd:
                    {
                        var f = new FieldReader(payload, h.PayloadOffset, h.Type);
                        var (version, _) = f.FullBox();
                        f.Skip(version == 1 ? 16 : 8);
                        movieTimescale = f.U32();
                        break;
                    }

                case BoxType.Trak:
                    if (tracks.Count >= limits.MaxTracks)
                    {
                        throw new Fmp4FormatException($"more than {limits.MaxTracks} tracks", h.Offset, "trak");
                    }

                    if (ParseTrack(payload, h.PayloadOffset) is { } track)
                    {
                        tracks.Add(track);
                    }

                    break;
                case BoxType.Mvex:
                    {
                        var mvex = new ChildBoxes(payload, h.PayloadOffset);
                        while (mvex.MoveNext(out var mh, out var mp))
                        {
                            var f = new FieldReader(mp, mh.PayloadOffset, mh.Type);
                            if (mh.Type == BoxType.Mehd)
                            {
                                var (version, _) = f.FullBox();
                                mehdOffset = mh.PayloadOffset + 4;
                                mehdSize = version == 1 ? 8 : 4;
                                fragmentDuration = version == 1 ? f.U64() : f.U32();
                            }
                            else if (mh.Type == BoxType.Trex)
                            {
                                f.FullBox();
                                var id = (int)f.U32();
                                defaults[id] = new Fmp4TrackDefaults(f.U32(), f.U32(), f.U32(), f.U32());
                            }
                        }

                        break;
                    }

                case BoxType.Uuid when SegmentMetadataBox.IsOurs(payload):
                    try
                    {
                        metadata = SegmentMetadataBox.Parse(payload[16..]);
                    }
                    catch (FormatException e)
                    {
                        throw new Fmp4FormatException(e.Message, h.Offset, "uuid", e);
                    }

                    break;
            }
        }

        if (tracks.Count == 0)
        {
            throw new Fmp4FormatException("moov has no track", payloadOffset - 8, "moov");
        }

        for (var i = 0; i < tracks.Count; i++)
        {
            if (defaults.TryGetValue(tracks[i].TrackId, out var d))
            {
                tracks[i] = tracks[i] with { Defaults = d };
            }
        }

        return new Fmp4Movie
        {
            Tracks = tracks,
            Metadata = metadata,
            MovieTimescale = movieTimescale,
            MovieEnd = movieEnd,
            MehdDurationOffset = mehdOffset,
            MehdDurationSize = mehdSize,
            FragmentDuration = fragmentDuration,
        };
    }

    private static Fmp4TrackInfo? ParseTrack(ReadOnlySpan<byte> trak, long offset)
    {
        var trackId = -1;
        uint handler = 0, timescale = 0, entryType = 0;
        SampleEntryParser.Result entry = default;
        ReadOnlySpan<byte> stsd = default;
        long stsdOffset = 0;

        var children = new ChildBoxes(trak, offset);
        while (children.MoveNext(out var h, out var payload))
        {
            if (h.Type == BoxType.Tkhd)
            {
                var f = new FieldReader(payload, h.PayloadOffset, h.Type);
                var (version, _) = f.FullBox();
                f.Skip(version == 1 ? 16 : 8);
                trackId = (int)f.U32();
            }
            else if (h.Type == BoxType.Mdia)
            {
                var mdia = new ChildBoxes(payload, h.PayloadOffset);
                while (mdia.MoveNext(out var mh, out var mp))
                {
                    var f = new FieldReader(mp, mh.PayloadOffset, mh.Type);
                    if (mh.Type == BoxType.Mdhd)
                    {
                        var (version, _) = f.FullBox();
                        f.Skip(version == 1 ? 16 : 8);
                        timescale = f.U32();
                    }
                    else if (mh.Type == BoxType.Hdlr)
                    {
                        f.FullBox();
                        f.Skip(4);
                        handler = f.U32();
                    }
                    else if (mh.Type == BoxType.Minf && FindStsd(mp, mh.PayloadOffset, out stsd, out stsdOffset))
                    {
                        // parsed below, once the media timescale is known
                    }
                }
            }
        }

        if (trackId <= 0)
        {
            throw new Fmp4FormatException("trak has no valid tkhd track_ID", offset - 8, "trak");
        }

        if (timescale == 0)
        {
            throw new Fmp4FormatException($"track {trackId} has no media timescale", offset - 8, "mdhd");
        }

        if (!stsd.IsEmpty)
        {
            var f = new FieldReader(stsd, stsdOffset, BoxType.Stsd);
            f.FullBox();
            var count = f.U32();
            if (count > 0)
            {
                var entries = new ChildBoxes(f.Rest, stsdOffset + 8);
                if (entries.MoveNext(out var eh, out var ep))
                {
                    entryType = eh.Type;
                    entry = SampleEntryParser.Parse(eh.Type, ep, eh.PayloadOffset, timescale);
                }
            }
        }

        return new Fmp4TrackInfo(trackId, handler, timescale, entryType, entry.Parameters, entry.Width, entry.Height, entry.NalLengthSize,
            new Fmp4TrackDefaults(1, 0, 0, 0));
    }

    private static bool FindStsd(ReadOnlySpan<byte> minf, long offset, out ReadOnlySpan<byte> stsd, out long stsdOffset)
    {
        var children = new ChildBoxes(minf, offset);
        while (children.MoveNext(out var h, out var payload))
        {
            if (h.Type != BoxType.Stbl)
            {
                continue;
            }

            var stbl = new ChildBoxes(payload, h.PayloadOffset);
            while (stbl.MoveNext(out var sh, out var sp))
            {
                if (sh.Type == BoxType.Stsd)
                {
                    stsd = sp;
                    stsdOffset = sh.PayloadOffset;
                    return true;
                }
            }
        }

        stsd = default;
        stsdOffset = 0;
        return false;
    }
}
