using System.Buffers.Binary;

namespace Vms.Storage.Fmp4.Reading;

/// <summary>Reads big-endian fields from a box payload; running past the end throws a typed error naming the box.</summary>
internal ref struct FieldReader
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly long _offset;
    private readonly uint _box;
    private int _position;

    public FieldReader(ReadOnlySpan<byte> payload, long payloadOffset, uint box)
    {
        _data = payload;
        _offset = payloadOffset;
        _box = box;
        _position = 0;
    }

    public readonly int Remaining => _data.Length - _position;

    public readonly int Position => _position;

    public readonly ReadOnlySpan<byte> Rest => _data[_position..];

    public byte U8() => Take(1)[0];

    public ushort U16() => BinaryPrimitives.ReadUInt16BigEndian(Take(2));

    public uint U24()
    {
        var s = Take(3);
        return (uint)(s[0] << 16 | s[1] << 8 | s[2]);
    }

    public uint U32() => BinaryPrimitives.ReadUInt32BigEndian(Take(4));

    public int I32() => BinaryPrimitives.ReadInt32BigEndian(Take(4));

    public ulong U64() => BinaryPrimitives.ReadUInt64BigEndian(Take(8));

    public ReadOnlySpan<byte> Bytes(int count) => Take(count);

    public void Skip(int count) => Take(count);

    /// <summary>Version and flags of a full box.</summary>
    public (byte Version, uint Flags) FullBox()
    {
        var v = U8();
        return (v, U24());
    }

    public readonly Fmp4FormatException Error(string message) => new(message, _offset + _position, BoxType.Name(_box));

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || count > _data.Length - _position)
        {
            throw Error($"field of {count} bytes runs past the end of the box");
        }

        var s = _data.Slice(_position, count);
        _position += count;
        return s;
    }
}
