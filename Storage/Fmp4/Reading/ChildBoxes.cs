namespace Vms.Storage.Fmp4.Reading;

/// <summary>Iterates the child boxes inside a parent box's payload held in memory.</summary>
internal ref struct ChildBoxes
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly long _dataOffset;
    private int _position;

    /// <param name="payload">The parent's payload (after its header and any full-box or entry fields).</param>
    /// <param name="payloadOffset">File offset of <paramref name="payload"/>, for error messages.</param>
    public ChildBoxes(ReadOnlySpan<byte> payload, long payloadOffset)
    {
        _data = payload;
        _dataOffset = payloadOffset;
        _position = 0;
    }

    /// <summary>The next child and its payload; false at the end. Throws when a child overruns its parent.</summary>
    public bool MoveNext(out BoxHeader header, out ReadOnlySpan<byte> payload)
    {
        payload = default;
        header = default;
        var remaining = _data.Length - _position;
        if (remaining == 0)
        {
            return false;
        }

        var offset = _dataOffset + _position;
        if (!BoxHeader.TryRead(_data[_position..], offset, _dataOffset + _data.Length, out header))
        {
            throw new Fmp4FormatException($"{remaining} trailing bytes are not a box", offset);
        }

        if (header.Size > remaining)
        {
            throw new Fmp4FormatException($"box of {header.Size} bytes overruns its parent ({remaining} left)", offset, header.Name);
        }

        payload = _data.Slice(_position + header.HeaderSize, (int)header.PayloadSize);
        _position += (int)header.Size;
        return true;
    }
}
