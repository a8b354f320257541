namespace Vms.Rtsp.Media;

/// <summary>Annex-B byte streams (start-code delimited NAL units) ↔ NAL unit lists and length-prefixed (AVCC/HVCC) form.</summary>
public static class AnnexB
{
    private static ReadOnlySpan<byte> StartCode => [0, 0, 0, 1];

    /// <summary>Splits an Annex-B buffer into its NAL units (3- or 4-byte start codes; leading zeros ignored).</summary>
    public static List<ReadOnlyMemory<byte>> Split(ReadOnlyMemory<byte> stream)
    {
        var result = new List<ReadOnlyMemory<byte>>();
        var span = stream.Span;
        var start = FindStartCode(span, 0, out var scLen);
        if (start < 0)
        {
            if (!span.IsEmpty)
            {
                result.Add(stream);
            }

            return result;
        }

        var nalStart = start + scLen;
        while (true)
        {
            var next = FindStartCode(span, nalStart, out var nextLen);
            var end = next < 0 ? span.Length : next;

            // trailing_zero_8bits belong to no NAL unit
            while (end > nalStart && span[end - 1] == 0)
            {
                end--;
            }

            if (end > nalStart)
            {
                result.Add(stream[nalStart..end]);
            }

            if (next < 0)
            {
                return result;
            }

            nalStart = next + nextLen;
        }
    }

    /// <summary>Writes NAL units as an Annex-B stream with 4-byte start codes.</summary>
    public static byte[] Join(IReadOnlyList<ReadOnlyMemory<byte>> nalUnits)
    {
        var size = 0;
        for (var i = 0; i < nalUnits.Count; i++)
        {
            size += 4 + nalUnits[i].Length;
        }

        var output = new byte[size];
        var pos = 0;
        for (var i = 0; i < nalUnits.Count; i++)
        {
            StartCode.CopyTo(output.AsSpan(pos));
            pos += 4;
            nalUnits[i].Span.CopyTo(output.AsSpan(pos));
            pos += nalUnits[i].Length;
        }

        return output;
    }

    /// <summary>Writes NAL units each preceded by a 4-byte big-endian length (AVCC/HVCC sample format).</summary>
    public static byte[] ToLengthPrefixed(IReadOnlyList<ReadOnlyMemory<byte>> nalUnits)
    {
        var size = 0;
        for (var i = 0; i < nalUnits.Count; i++)
        {
            size += 4 + nalUnits[i].Length;
        }

        var output = new byte[size];
        WriteLengthPrefixed(nalUnits, output);
        return output;
    }

    /// <summary>Writes the length-prefixed form into <paramref name="destination"/>; returns the bytes written.</summary>
    public static int WriteLengthPrefixed(IReadOnlyList<ReadOnlyMemory<byte>> nalUnits, Span<byte> destination)
    {
        var pos = 0;
        for (var i = 0; i < nalUnits.Count; i++)
        {
            var n = nalUnits[i];
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(destination[pos..], (uint)n.Length);
            pos += 4;
            n.Span.CopyTo(destination[pos..]);
            pos += n.Length;
        }

        return pos;
    }

    /// <summary>Splits a length-prefixed sample into NAL units; false when a length runs past the end.</summary>
    public static bool TrySplitLengthPrefixed(ReadOnlyMemory<byte> sample, int lengthSize, out List<ReadOnlyMemory<byte>> nalUnits)
    {
        nalUnits = [];
        if (lengthSize is not (1 or 2 or 4))
        {
            return false;
        }

        var span = sample.Span;
        var pos = 0;
        while (pos < span.Length)
        {
            if (span.Length - pos < lengthSize)
            {
                return false;
            }

            var len = lengthSize switch
            {
                1 => span[pos],
                2 => System.Buffers.Binary.BinaryPrimitives.ReadUInt16BigEndian(span[pos..]),
                _ => (long)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(span[pos..]),
            };
            pos += lengthSize;
            if (len > span.Length - pos)
            {
                return false;
            }

            nalUnits.Add(sample.Slice(pos, (int)len));
            pos += (int)len;
        }

        return true;
    }

    private static int FindStartCode(ReadOnlySpan<byte> span, int from, out int length)
    {
        for (var i = from; i + 2 < span.Length; i++)
        {
            if (span[i + 2] > 1)
            {
                i += 2; // cannot be part of a start code ending before i+3
                continue;
            }

            if (span[i] == 0 && span[i + 1] == 0 && span[i + 2] == 1)
            {
                if (i > from && span[i - 1] == 0)
                {
                    length = 4;
                    return i - 1;
                }

                length = 3;
                return i;
            }
        }

        length = 0;
        return -1;
    }
}
