using System.Buffers.Binary;

namespace Vms.Storage.Fmp4.Reading;

/// <summary>A box header (ISO/IEC 14496-12 §4.2): type, where the box starts, its header size and total size.</summary>
internal readonly record struct BoxHeader(uint Type, long Offset, int HeaderSize, long Size)
{
    /// <summary>Longest header: 32-bit size, type, 64-bit largesize.</summary>
    public const int MaxHeaderSize = 16;

    public long End => Offset + Size;

    public long PayloadOffset => Offset + HeaderSize;

    public long PayloadSize => Size - HeaderSize;

    public string Name => BoxType.Name(Type);

    /// <summary>
    /// Reads a header from <paramref name="data"/> (the bytes at <paramref name="offset"/>). Returns false when
    /// <paramref name="data"/> is too short to hold it; throws <see cref="Fmp4FormatException"/> when the size is
    /// impossible. A size of 0 means "to the end of <paramref name="containerEnd"/>". The 16-byte extended
    /// type of a <c>uuid</c> box is left at the start of its payload.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> data, long offset, long containerEnd, out BoxHeader header)
    {
        header = default;
        if (data.Length < 8)
        {
            return false;
        }

        long size = BinaryPrimitives.ReadUInt32BigEndian(data);
        var type = BinaryPrimitives.ReadUInt32BigEndian(data[4..]);
        var headerSize = 8;
        if (size == 1)
        {
            if (data.Length < 16)
            {
                return false;
            }

            var large = BinaryPrimitives.ReadUInt64BigEndian(data[8..]);
            if (large > long.MaxValue)
            {
                throw new Fmp4FormatException("box size does not fit 63 bits", offset, BoxType.Name(type));
            }

            size = (long)large;
            headerSize = 16;
        }
        else if (size == 0)
        {
            size = containerEnd - offset;
        }

        if (size < headerSize)
        {
            throw new Fmp4FormatException($"box size {size} is smaller than its header", offset, BoxType.Name(type));
        }

        header = new BoxHeader(type, offset, headerSize, size);
        return true;
    }
}
