using System.Buffers;
using System.Text;
using Vms.Rtsp.Messages;
using Vms.TestSupport;

namespace Vms.Rtsp.Tests.Messages;

/// <summary>Drives <see cref="RtspFrameParser"/> the way a pipe reader does and describes what came out.</summary>
internal static class FrameCollector
{
    /// <summary>Parses every frame of one buffer; each frame as text (messages re-serialised, packets as hex).</summary>
    public static List<string> ParseAll(RtspFrameParser parser, ReadOnlySequence<byte> buffer, out long consumedBytes)
    {
        var result = new List<string>();
        var start = buffer;
        for (var guard = 0; guard < 100_000; guard++)
        {
            var status = parser.TryParse(buffer, out var consumed, out var examined, out var frame);
            Assert.True(buffer.Slice(consumed).Length >= buffer.Slice(examined).Length, "consumed is after examined");
            switch (status)
            {
                case RtspParseStatus.Complete:
                    Assert.True(buffer.Slice(buffer.Start, consumed).Length > 0, "a complete frame consumed nothing");
                    result.Add(Describe(frame));
                    buffer = buffer.Slice(consumed);
                    break;
                case RtspParseStatus.NeedMoreData:
                    Assert.Equal(buffer.End, examined);
                    buffer = buffer.Slice(consumed);
                    consumedBytes = start.Length - buffer.Length;
                    return result;
                default:
                    Assert.NotNull(frame.Error);
                    result.Add("ERROR " + frame.Error.StatusCode);
                    consumedBytes = start.Length - buffer.Length;
                    return result;
            }
        }

        throw new InvalidOperationException("parser did not stop");
    }

    /// <summary>Delivers <paramref name="data"/> in pieces (cut at <paramref name="cuts"/>) as a pipe would, keeping unconsumed bytes.</summary>
    public static List<string> Stream(RtspFrameParser parser, byte[] data, params int[] cuts)
    {
        var result = new List<string>();
        var consumedOffset = 0L;
        foreach (var end in cuts.Append(data.Length))
        {
            var available = data.AsMemory((int)consumedOffset, end - (int)consumedOffset);
            var frames = ParseAll(parser, new ReadOnlySequence<byte>(available), out var consumed);
            consumedOffset += consumed;
            result.AddRange(frames);
            if (frames.Count > 0 && frames[^1].StartsWith("ERROR", StringComparison.Ordinal))
            {
                return result;
            }
        }

        return result;
    }

    public static List<string> ParseAll(byte[] data) => ParseAll(RtspFrameParser.Default, new ReadOnlySequence<byte>(data), out _);

    public static string Describe(RtspFrame frame) => frame.Kind switch
    {
        RtspFrameKind.Interleaved => $"${frame.Interleaved.Channel}:{Convert.ToHexString(frame.Interleaved.Payload.ToArray())}",
        RtspFrameKind.Request or RtspFrameKind.Response => Encoding.UTF8.GetString(RtspMessageWriter.ToArray(frame.Message!)),
        _ => throw new InvalidOperationException("no frame"),
    };

    public static byte[] Interleaved(byte channel, byte[] payload)
    {
        var writer = new ArrayBufferWriter<byte>();
        InterleavedFrame.Write(writer, channel, payload);
        return writer.WrittenSpan.ToArray();
    }

    public static IEnumerable<ReadOnlySequence<byte>> AllSplits(byte[] data) =>
        SegmentedSequence.EveryTwoWaySplit(data).Append(SegmentedSequence.OneBytePerSegment(data));
}
