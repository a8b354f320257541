namespace Vms.Storage.Fmp4.Reading;

/// <summary>
/// Reads a fragmented MP4 file: the movie (tracks, our metadata) on open, then its fragments. Tolerates files
/// written by others (any top-level box order before moov, extra boxes, trex/tfhd defaults, several truns)
/// and turns anything malformed into <see cref="Fmp4FormatException"/>, within <see cref="Fmp4Limits"/>.
/// </summary>
internal sealed class Fmp4Demuxer
{
    private Fmp4Demuxer(IRandomAccessSource source, Fmp4Movie movie, Fmp4Limits limits)
    {
        Source = source;
        Movie = movie;
        Limits = limits;
    }

    public IRandomAccessSource Source { get; }

    public Fmp4Movie Movie { get; }

    public Fmp4Limits Limits { get; }

    /// <summary>Reads the top-level boxes up to and including moov.</summary>
    /// <exception cref="Fmp4FormatException">No complete moov, or a malformed box before or in it.</exception>
    public static async Task<Fmp4Demuxer> OpenAsync(IRandomAccessSource source, Fmp4Limits? limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        limits ??= Fmp4Limits.Default;
        var length = source.Length;
        var header = new byte[BoxHeader.MaxHeaderSize];
        long offset = 0;
        for (var i = 0; i < limits.MaxBoxesBeforeMovie; i++)
        {
            var n = await source.ReadAtLeastAsync(offset, header, cancellationToken).ConfigureAwait(false);
            if (!BoxHeader.TryRead(header.AsSpan(0, n), offset, length, out var h))
            {
                throw new Fmp4FormatException(offset == 0 ? "file is too short to be an MP4" : "file ends before moov", offset);
            }

            if (!IsPrintable(h.Type))
            {
                throw new Fmp4FormatException("not an ISO base media file (box type is not four characters)", offset);
            }

            if (h.End > length)
            {
                throw new Fmp4FormatException($"{h.Name} box runs past the end of the file", offset, h.Name);
            }

            if (h.Type == BoxType.Moov)
            {
                if (h.Size > limits.MaxMovieBoxBytes)
                {
                    throw new Fmp4FormatException($"moov of {h.Size} bytes exceeds {limits.MaxMovieBoxBytes}", offset, "moov");
                }

                var moov = new byte[h.Size];
                if (await source.ReadAtLeastAsync(offset, moov, cancellationToken).ConfigureAwait(false) < moov.Length)
                {
                    throw new Fmp4FormatException("file shrank while reading moov", offset, "moov");
                }

                var movie = MovieBoxParser.Parse(moov.AsSpan(h.HeaderSize), h.PayloadOffset, h.End, limits);
                return new Fmp4Demuxer(source, movie, limits);
            }

            if (h.Type is BoxType.Moof or BoxType.Mdat && i == 0)
            {
                throw new Fmp4FormatException($"file starts with {h.Name}, not with ftyp/moov", offset, h.Name);
            }

            offset = h.End;
        }

        throw new Fmp4FormatException($"no moov in the first {limits.MaxBoxesBeforeMovie} boxes", offset);
    }

    /// <summary>A cursor over the fragments; <paramref name="verifyChecksums"/> checks our segments' CRCs.</summary>
    public Fmp4FragmentCursor CreateCursor(bool verifyChecksums) => new(Source, Movie, Limits, verifyChecksums);

    /// <summary>Every complete fragment, and where and why the scan stopped.</summary>
    public async Task<Fmp4ScanResult> ScanAsync(bool verifyChecksums, CancellationToken cancellationToken)
    {
        var cursor = CreateCursor(verifyChecksums);
        var fragments = new List<Fmp4Fragment>();
        while (await cursor.MoveNextAsync(cancellationToken).ConfigureAwait(false))
        {
            fragments.Add(cursor.Current!);
        }

        return new Fmp4ScanResult(fragments, cursor.CompleteLength, cursor.Stop ?? Fmp4ScanStop.EndOfFile, cursor.Problem);
    }

    private static bool IsPrintable(uint type)
    {
        for (var shift = 0; shift < 32; shift += 8)
        {
            var c = (type >> shift) & 0xFF;
            if (c is < 0x20 or > 0x7E)
            {
                return false;
            }
        }

        return true;
    }
}
