using System.Buffers;

namespace Vms.TestSupport;

/// <summary>Builds multi-segment <see cref="ReadOnlySequence{T}"/> values so parsers are tested on split input.</summary>
public static class SegmentedSequence
{
    /// <summary>One sequence whose segments are cut at the given offsets (ascending, inside the data).</summary>
    public static ReadOnlySequence<byte> Split(ReadOnlyMemory<byte> data, params int[] cuts)
    {
        if (cuts.Length == 0)
        {
            return new ReadOnlySequence<byte>(data);
        }

        Segment? first = null;
        Segment? last = null;
        var start = 0;
        foreach (var cut in cuts.Append(data.Length))
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(cut, start);
            var piece = data[start..cut];
            if (first is null)
            {
                first = last = new Segment(piece, 0);
            }
            else
            {
                last = last!.Append(piece);
            }

            start = cut;
        }

        return new ReadOnlySequence<byte>(first!, 0, last!, last!.Memory.Length);
    }

    /// <summary>Every two-segment split of <paramref name="data"/> (cut at 0..Length).</summary>
    public static IEnumerable<ReadOnlySequence<byte>> EveryTwoWaySplit(ReadOnlyMemory<byte> data)
    {
        for (var i = 0; i <= data.Length; i++)
        {
            yield return Split(data, i);
        }
    }

    /// <summary>The data cut into one-byte segments.</summary>
    public static ReadOnlySequence<byte> OneBytePerSegment(ReadOnlyMemory<byte> data) =>
        Split(data, [.. Enumerable.Range(1, Math.Max(0, data.Length - 1))]);

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
