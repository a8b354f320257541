using System.Buffers;
using Vms.Rtsp.Messages;
using Vms.TestSupport;

namespace Vms.Rtsp.Tests.Messages;

/// <summary>Garbage and mutated-message replay: the parser only ever answers Complete, NeedMoreData or a typed error.</summary>
public class RtspFrameParserCorpusTests
{
    private static readonly int[] ErrorCodes = [400, 413, 414, 431, 505];

    public static TheoryData<int> Seeds => [.. Enumerable.Range(100, 30)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TryParse_RandomBytes_OnlyTypedOutcomes(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 200; i++)
        {
            var data = new byte[random.Next(0, 600)];
            random.NextBytes(data);
            if (random.Next(3) == 0 && data.Length > 0)
            {
                data[0] = (byte)"$OR\r"[random.Next(4)];
            }

            Replay(data, random);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TryParse_MutatedMessages_OnlyTypedOutcomes(int seed)
    {
        var random = new Random(seed);
        var corpus = SampleMessages.All.Select(SampleMessages.Bytes)
            .Append(FrameCollector.Interleaved(1, [1, 2, 3, 4]))
            .Concat(Enumerable.Range(0, 4).Select(_ => RtspMessageWriter.ToArray(RandomMessages.Next(random))))
            .ToList();
        for (var i = 0; i < 300; i++)
        {
            var data = corpus[random.Next(corpus.Count)].ToArray();
            var mutations = random.Next(1, 6);
            for (var m = 0; m < mutations && data.Length > 0; m++)
            {
                data = Mutate(data, random);
            }

            Replay(data, random);
        }
    }

    private static void Replay(byte[] data, Random random)
    {
        var parser = RtspFrameParser.Default;
        CheckOutcomes(parser, new ReadOnlySequence<byte>(data));
        CheckOutcomes(parser, SegmentedSequence.Split(data, data.Length == 0 ? 0 : random.Next(data.Length)));
        CheckOutcomes(parser, SegmentedSequence.OneBytePerSegment(data));
    }

    private static void CheckOutcomes(RtspFrameParser parser, ReadOnlySequence<byte> buffer)
    {
        var bound = buffer.Length + 1;
        for (var guard = 0; guard <= bound; guard++)
        {
            var status = parser.TryParse(buffer, out var consumed, out _, out var frame);
            switch (status)
            {
                case RtspParseStatus.Complete:
                    Assert.NotEqual(RtspFrameKind.None, frame.Kind);
                    var before = buffer.Length;
                    buffer = buffer.Slice(consumed);
                    Assert.True(buffer.Length < before);
                    if (frame.Message is { } message)
                    {
                        // whatever was accepted can be written back and read again identically (the writer
                        // normalises Content-Length: one line, no leading zeros)
                        var bytes = RtspMessageWriter.ToArray(message);
                        Assert.Equal(RtspParseStatus.Complete, parser.TryParse(new ReadOnlySequence<byte>(bytes), out _, out _, out var again));
                        Assert.Equal(bytes, RtspMessageWriter.ToArray(again.Message!));
                        Assert.Equal(message.Body.ToArray(), again.Message!.Body.ToArray());
                        Assert.Equal(message.ToString(), again.Message.ToString());
                    }

                    break;
                case RtspParseStatus.NeedMoreData:
                    return;
                case RtspParseStatus.Error:
                    Assert.Contains(frame.Error!.StatusCode, ErrorCodes);
                    return;
                default:
                    Assert.Fail("unknown status");
                    return;
            }
        }

        Assert.Fail("parser made no progress");
    }

    private static byte[] Mutate(byte[] data, Random random)
    {
        var list = data.ToList();
        var at = random.Next(list.Count);
        switch (random.Next(5))
        {
            case 0:
                list[at] = (byte)random.Next(256);
                break;
            case 1:
                list.RemoveAt(at);
                break;
            case 2:
                list.Insert(at, (byte)"\r\n :$0\t"[random.Next(7)]);
                break;
            case 3:
                list.InsertRange(at, list.Skip(random.Next(list.Count)).Take(random.Next(1, 40)).ToList());
                break;
            default:
                list.RemoveRange(at, Math.Min(list.Count - at, random.Next(1, 20)));
                break;
        }

        return [.. list];
    }
}
