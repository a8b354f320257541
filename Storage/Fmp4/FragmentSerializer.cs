using Vms.Storage.Fmp4.Boxes;

namespace Vms.Storage.Fmp4;

/// <summary>
/// Lays out one fragment of our segments as the pieces of a single gathered write:
/// <c>prft</c> + <c>moof</c> + mdat header, the sample bytes of each run (no copy), then the check box.
/// Owns its two small header buffers; the returned pieces are valid until the next call.
/// </summary>
internal sealed class FragmentSerializer : IDisposable
{
    private readonly BoxBuffer _head = new(8 * 1024);
    private readonly BoxBuffer _tail = new(64);
    private ReadOnlyMemory<byte>[] _pieces = new ReadOnlyMemory<byte>[4];

    /// <summary>
    /// Serializes the fragment; <paramref name="length"/> is its total size. <paramref name="referenceTrackId"/>,
    /// <paramref name="utc"/> and <paramref name="mediaTime"/> fill the prft box.
    /// </summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> Serialize(
        uint sequenceNumber,
        uint referenceTrackId,
        DateTimeOffset utc,
        ulong mediaTime,
        IReadOnlyList<TrackFragmentRun> runs,
        out long length)
    {
        _head.Clear();
        _tail.Clear();
        ProducerReferenceTimeBox.Write(_head, referenceTrackId, utc, mediaTime);
        MovieFragmentBox.Write(_head, sequenceNumber, runs);
        long payload = 0;
        foreach (var run in runs)
        {
            payload += run.Data.Length;
        }

        MediaDataBox.WriteHeader(_head, payload);

        var crc = Crc32C.Append(Crc32C.Initial, _head.WrittenSpan);
        var count = 0;
        if (_pieces.Length < runs.Count + 2)
        {
            _pieces = new ReadOnlyMemory<byte>[runs.Count + 2];
        }

        _pieces[count++] = _head.WrittenMemory;
        foreach (var run in runs)
        {
            if (run.Data.Length > 0)
            {
                crc = Crc32C.Append(crc, run.Data.WrittenSpan);
                _pieces[count++] = run.Data.WrittenMemory;
            }
        }

        FragmentCheckBox.Write(_tail, Crc32C.Finish(crc));
        _pieces[count++] = _tail.WrittenMemory;
        length = _head.Length + payload + _tail.Length;
        return new ArraySegment<ReadOnlyMemory<byte>>(_pieces, 0, count);
    }

    public void Dispose()
    {
        _head.Dispose();
        _tail.Dispose();
    }
}
