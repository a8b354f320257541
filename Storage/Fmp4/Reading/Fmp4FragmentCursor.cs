using System.Buffers;
using System.Buffers.Binary;
using Vms.Storage.Fmp4.Boxes;

namespace Vms.Storage.Fmp4.Reading;

/// <summary>
/// Walks the top-level boxes after <c>moov</c> and yields each complete fragment: an optional <c>prft</c>, a
/// <c>moof</c>, the <c>mdat</c> holding its samples, and — in our own segments — the check box, whose CRC is
/// verified when asked. Stops at the first torn or malformed fragment and says why; everything before it is
/// good. Other boxes (free, sidx, styp, emsg, unknown uuid) are skipped.
/// </summary>
internal sealed class Fmp4FragmentCursor
{
    private const int ChecksumChunk = 64 * 1024;
    private const int MaxPrftBytes = 64;

    private readonly IRandomAccessSource _source;
    private readonly Fmp4Movie _movie;
    private readonly Fmp4Limits _limits;
    private readonly bool _verify;
    private readonly long _length;
    private readonly Dictionary<int, ulong> _nextDecodeTime = [];
    private readonly byte[] _header = new byte[BoxHeader.MaxHeaderSize];
    private long _offset;
    private int _count;

    public Fmp4FragmentCursor(IRandomAccessSource source, Fmp4Movie movie, Fmp4Limits limits, bool verifyChecksums)
    {
        _source = source;
        _movie = movie;
        _limits = limits;
        _verify = verifyChecksums;
        _length = source.Length;
        _offset = movie.MovieEnd;
        CompleteLength = movie.MovieEnd;
    }

    public Fmp4Fragment? Current { get; private set; }

    /// <summary>End of the last complete fragment (or of moov before the first).</summary>
    public long CompleteLength { get; private set; }

    /// <summary>Set once <see cref="MoveNextAsync"/> has returned false.</summary>
    public Fmp4ScanStop? Stop { get; private set; }

    public string? Problem { get; private set; }

    public async ValueTask<bool> MoveNextAsync(CancellationToken cancellationToken)
    {
        if (Stop is not null)
        {
            return false;
        }

        try
        {
            return await StepAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Fmp4FormatException e)
        {
            return Finish(Fmp4ScanStop.Corrupt, e.Message);
        }
    }

    private async ValueTask<bool> StepAsync(CancellationToken ct)
    {
        Fmp4ProducerTime? prft = null;
        long fragmentStart = -1;
        long moofOffset = -1;
        uint sequence = 0;
        List<Fmp4TrackRun>? runs = null;

        // bounded: every iteration consumes one whole box of at least 8 bytes
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            if (_count >= _limits.MaxFragments)
            {
                return Finish(Fmp4ScanStop.Corrupt, $"more than {_limits.MaxFragments} fragments");
            }

            if (_offset >= _length)
            {
                return runs is null && prft is null
                    ? Finish(Fmp4ScanStop.EndOfFile, null)
                    : Finish(Fmp4ScanStop.Truncated, "file ends inside a fragment");
            }

            var header = await ReadHeaderAsync(_offset, ct).ConfigureAwait(false);
            if (header is not { } h)
            {
                return Finish(Fmp4ScanStop.Truncated, $"file ends inside a box header at {_offset}");
            }

            if (h.End > _length)
            {
                return Finish(Fmp4ScanStop.Truncated, $"{h.Name} box at {h.Offset} runs past the end of the file");
            }

            switch (h.Type)
            {
                case BoxType.Prft:
                    if (runs is not null)
                    {
                        if (_movie.IsOurSegment)
                        {
                            return Finish(Fmp4ScanStop.Corrupt, $"prft at {h.Offset} between moof and mdat");
                        }

                        break;
                    }

                    prft = await ReadPrftAsync(h, ct).ConfigureAwait(false);
                    fragmentStart = h.Offset;
                    break;
                case BoxType.Moof:
                    if (runs is not null && _movie.IsOurSegment)
                    {
                        return Finish(Fmp4ScanStop.Corrupt, $"moof at {h.Offset} follows a moof without mdat");
                    }

                    if (h.Size > _limits.MaxFragmentHeaderBytes)
                    {
                        return Finish(Fmp4ScanStop.Corrupt, $"moof of {h.Size} bytes exceeds {_limits.MaxFragmentHeaderBytes}");
                    }

                    var moof = await ReadBoxAsync(h, ct).ConfigureAwait(false);
                    (sequence, runs) = MovieFragmentParser.Parse(moof.AsSpan(h.HeaderSize), h.Offset, h.HeaderSize, _movie, _limits, _nextDecodeTime);
                    moofOffset = h.Offset;
                    if (prft is null)
                    {
                        fragmentStart = h.Offset;
                    }

                    break;
                case BoxType.Mdat when runs is not null:
                    return await CompleteAsync(h, fragmentStart, moofOffset, sequence, prft, runs, ct).ConfigureAwait(false);
                default:
                    if (_movie.IsOurSegment && (runs is not null || prft is not null))
                    {
                        return Finish(Fmp4ScanStop.Corrupt, $"unexpected {h.Name} box at {h.Offset} inside a fragment");
                    }

                    break;
            }

            _offset = h.End;
        }
    }

    private async ValueTask<bool> CompleteAsync(BoxHeader mdat, long start, long moofOffset, uint sequence, Fmp4ProducerTime? prft,
        List<Fmp4TrackRun> runs, CancellationToken ct)
    {
        var dataStart = _movie.IsOurSegment ? mdat.PayloadOffset : 0;
        var dataEnd = _movie.IsOurSegment ? mdat.End : _length;
        foreach (var run in runs)
        {
            foreach (var s in run.Samples)
            {
                if (s.Offset < dataStart || s.Offset + s.Size > dataEnd)
                {
                    return Finish(Fmp4ScanStop.Corrupt, $"track {run.TrackId} sample at {s.Offset} lies outside its data");
                }
            }
        }

        var end = mdat.End;
        if (_movie.IsOurSegment)
        {
            if (end >= _length)
            {
                return Finish(Fmp4ScanStop.Truncated, $"fragment at {start} has no check box");
            }

            var check = await ReadHeaderAsync(end, ct).ConfigureAwait(false);
            if (check is not { } c || c.End > _length)
            {
                return Finish(Fmp4ScanStop.Truncated, $"check box of the fragment at {start} is cut");
            }

            var box = await ReadBoxAsync(c, ct, maxBytes: 64).ConfigureAwait(false);
            if (c.Type != BoxType.Uuid || c.Size != FragmentCheckBox.Size || !FragmentCheckBox.IsOurs(box.AsSpan(8)))
            {
                return Finish(Fmp4ScanStop.Corrupt, $"fragment at {start} is not followed by its check box");
            }

            if (_verify)
            {
                var expected = BinaryPrimitives.ReadUInt32BigEndian(box.AsSpan(28));
                var actual = await ChecksumAsync(start, mdat.End, ct).ConfigureAwait(false);
                if (actual != expected)
                {
                    return Finish(Fmp4ScanStop.Corrupt, $"fragment at {start}: CRC-32C {actual:x8} does not match {expected:x8}");
                }
            }

            end = c.End;
        }

        Current = new Fmp4Fragment
        {
            Offset = start,
            MoofOffset = moofOffset,
            MdatOffset = mdat.Offset,
            MdatEnd = mdat.End,
            End = end,
            SequenceNumber = sequence,
            ProducerTime = prft,
            Runs = runs,
        };
        _count++;
        _offset = end;
        CompleteLength = end;
        return true;
    }

    private bool Finish(Fmp4ScanStop stop, string? problem)
    {
        Stop = stop;
        Problem = problem;
        Current = null;
        return false;
    }

    private async ValueTask<BoxHeader?> ReadHeaderAsync(long offset, CancellationToken ct)
    {
        var n = await _source.ReadAtLeastAsync(offset, _header.AsMemory(0, BoxHeader.MaxHeaderSize), ct).ConfigureAwait(false);
        return BoxHeader.TryRead(_header.AsSpan(0, n), offset, _length, out var h) ? h : null;
    }

    private async ValueTask<byte[]> ReadBoxAsync(BoxHeader h, CancellationToken ct, int maxBytes = int.MaxValue)
    {
        if (h.Size > Math.Min(maxBytes, _limits.MaxFragmentHeaderBytes))
        {
            throw new Fmp4FormatException($"box of {h.Size} bytes is too large here", h.Offset, h.Name);
        }

        var bytes = new byte[h.Size];
        var n = await _source.ReadAtLeastAsync(h.Offset, bytes, ct).ConfigureAwait(false);
        if (n < bytes.Length)
        {
            throw new Fmp4FormatException("file shrank while reading", h.Offset, h.Name);
        }

        return bytes;
    }

    private async ValueTask<Fmp4ProducerTime> ReadPrftAsync(BoxHeader h, CancellationToken ct)
    {
        var box = await ReadBoxAsync(h, ct, MaxPrftBytes).ConfigureAwait(false);
        var f = new FieldReader(box.AsSpan(h.HeaderSize), h.PayloadOffset, h.Type);
        var (version, _) = f.FullBox();
        var track = (int)f.U32();
        var ntp = f.U64();
        var media = version == 1 ? f.U64() : f.U32();
        return new Fmp4ProducerTime(track, Mp4Time.FromNtp(ntp), media);
    }

    private async ValueTask<uint> ChecksumAsync(long from, long to, CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ChecksumChunk);
        try
        {
            var crc = Crc32C.Initial;
            for (var at = from; at < to;)
            {
                var want = (int)Math.Min(ChecksumChunk, to - at);
                var n = await _source.ReadAtLeastAsync(at, buffer.AsMemory(0, want), ct).ConfigureAwait(false);
                if (n < want)
                {
                    throw new Fmp4FormatException("file shrank while reading", at);
                }

                crc = Crc32C.Append(crc, buffer.AsSpan(0, n));
                at += n;
            }

            return Crc32C.Finish(crc);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
