using System.Buffers.Binary;
using Vms.Storage.Fmp4;
using Vms.Storage.Fmp4.Reading;

namespace Vms.Storage.Export;

/// <summary>Reads an exported MP4's top-level boxes, its sample count (stsz) and its export record (uuid in moov), within limits.</summary>
internal static class ExportFileInspector
{
    private const int MaxTopLevelBoxes = 64;
    private const int MaxMovieBytes = 256 * 1024 * 1024;

    /// <summary>Throws <see cref="Fmp4FormatException"/> for a file that is not a readable MP4.</summary>
    public static async Task<ExportFileInspection> InspectAsync(string path, CancellationToken cancellationToken)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.Asynchronous);
        var length = RandomAccess.GetLength(handle);
        var names = new List<string>();
        byte[]? record = null;
        long? samples = null;
        var header = new byte[BoxHeader.MaxHeaderSize];
        long offset = 0;
        for (var i = 0; i < MaxTopLevelBoxes && offset < length; i++)
        {
            var n = await RandomAccess.ReadAsync(handle, header, offset, cancellationToken).ConfigureAwait(false);
            if (!BoxHeader.TryRead(header.AsSpan(0, n), offset, length, out var h) || h.End > length)
            {
                throw new Fmp4FormatException("top-level box is cut short", offset);
            }

            names.Add(h.Name);
            if (h.Type == BoxType.Moov)
            {
                if (h.PayloadSize > MaxMovieBytes)
                {
                    throw new Fmp4FormatException($"moov of {h.Size} bytes exceeds {MaxMovieBytes}", offset, "moov");
                }

                var moov = new byte[h.PayloadSize];
                await RandomAccess.ReadAsync(handle, moov, h.PayloadOffset, cancellationToken).ConfigureAwait(false);
                (record, samples) = ReadMovie(moov, h.PayloadOffset);
            }

            offset = h.End;
        }

        return new ExportFileInspection(names, record, samples);
    }

    private static (byte[]? Record, long? Samples) ReadMovie(ReadOnlySpan<byte> moov, long moovOffset)
    {
        byte[]? record = null;
        long? samples = null;
        var children = new ChildBoxes(moov, moovOffset);
        while (children.MoveNext(out var h, out var payload))
        {
            if (h.Type == BoxType.Uuid && payload.Length >= 20 && payload[..16].SequenceEqual(ExportBoxTypes.ExportRecordUuid))
            {
                record = payload[20..].ToArray();
            }
            else if (h.Type == BoxType.Trak)
            {
                samples ??= Find(payload, h.PayloadOffset, [BoxType.Mdia, BoxType.Minf, BoxType.Stbl, BoxType.Stsz], 0) is { } stsz && stsz.Length >= 12
                    ? BinaryPrimitives.ReadUInt32BigEndian(stsz.AsSpan(8))
                    : null;
            }
        }

        return (record, samples);
    }

    private static byte[]? Find(ReadOnlySpan<byte> payload, long offset, uint[] path, int depth)
    {
        var children = new ChildBoxes(payload, offset);
        while (children.MoveNext(out var h, out var child))
        {
            if (h.Type != path[depth])
            {
                continue;
            }

            return depth == path.Length - 1 ? child.ToArray() : Find(child, h.PayloadOffset, path, depth + 1);
        }

        return null;
    }
}
