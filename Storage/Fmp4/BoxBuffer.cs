using System.Buffers;
using System.Buffers.Binary;

namespace Vms.Storage.Fmp4;

/// <summary>
/// A growable big-endian output buffer for ISO BMFF boxes. A box is opened with <see cref="BeginBox"/>, which
/// writes a size placeholder, and closed with <see cref="EndBox"/>, which patches the size once the content is
/// known. The array is rented from <see cref="ArrayPool{T}.Shared"/>; the buffer's owner disposes it.
/// </summary>
internal sealed class BoxBuffer : IDisposable
{
    private byte[] _buffer;
    private int _length;

    public BoxBuffer(int initialCapacity = 4096)
    {
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(initialCapacity, 64));
    }

    /// <summary>Bytes written so far.</summary>
    public int Length => _length;

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _length);

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _length);

    /// <summary>Forgets the content and keeps the array for reuse.</summary>
    public void Clear() => _length = 0;

    /// <summary>A copy of the written bytes.</summary>
    public byte[] ToArray() => WrittenSpan.ToArray();

    /// <summary>Returns <paramref name="count"/> writable bytes at the end and advances past them.</summary>
    public Span<byte> Reserve(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Ensure(count);
        var span = _buffer.AsSpan(_length, count);
        _length += count;
        return span;
    }

    public void WriteU8(byte value) => Reserve(1)[0] = value;

    public void WriteU16(ushort value) => BinaryPrimitives.WriteUInt16BigEndian(Reserve(2), value);

    public void WriteU24(uint value)
    {
        var s = Reserve(3);
        s[0] = (byte)(value >> 16);
        s[1] = (byte)(value >> 8);
        s[2] = (byte)value;
    }

    public void WriteU32(uint value) => BinaryPrimitives.WriteUInt32BigEndian(Reserve(4), value);

    public void WriteI32(int value) => BinaryPrimitives.WriteInt32BigEndian(Reserve(4), value);

    public void WriteU64(ulong value) => BinaryPrimitives.WriteUInt64BigEndian(Reserve(8), value);

    public void WriteBytes(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Reserve(bytes.Length));

    public void WriteZeros(int count) => Reserve(count).Clear();

    /// <summary>Opens a box: a 4-byte size placeholder and the type. Returns the box start for <see cref="EndBox"/>.</summary>
    public int BeginBox(uint type)
    {
        var start = _length;
        WriteU32(0);
        WriteU32(type);
        return start;
    }

    /// <summary>Opens a full box (box header, then 8-bit version and 24-bit flags).</summary>
    public int BeginFullBox(uint type, byte version, uint flags)
    {
        var start = BeginBox(type);
        WriteU8(version);
        WriteU24(flags);
        return start;
    }

    /// <summary>Closes the box opened at <paramref name="start"/> by writing its 32-bit size.</summary>
    public void EndBox(int start)
    {
        var size = _length - start;
        BinaryPrimitives.WriteUInt32BigEndian(_buffer.AsSpan(start, 4), (uint)size);
    }

    /// <summary>Overwrites a 32-bit value written earlier at <paramref name="position"/>.</summary>
    public void PatchU32(int position, uint value)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position, _length - 4);
        BinaryPrimitives.WriteUInt32BigEndian(_buffer.AsSpan(position, 4), value);
    }

    /// <summary>Overwrites a signed 32-bit value written earlier at <paramref name="position"/>.</summary>
    public void PatchI32(int position, int value) => PatchU32(position, unchecked((uint)value));

    public void Dispose()
    {
        var b = _buffer;
        _buffer = [];
        _length = 0;
        if (b.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(b);
        }
    }

    private void Ensure(int count)
    {
        if (_buffer.Length - _length >= count)
        {
            return;
        }

        ObjectDisposedException.ThrowIf(_buffer.Length == 0, this);
        var needed = (long)_length + count;
        var size = Math.Max((long)_buffer.Length * 2, needed);
        if (size > Array.MaxLength)
        {
            throw new InvalidOperationException($"box buffer would exceed {Array.MaxLength} bytes");
        }

        var bigger = ArrayPool<byte>.Shared.Rent((int)size);
        _buffer.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
    }
}
