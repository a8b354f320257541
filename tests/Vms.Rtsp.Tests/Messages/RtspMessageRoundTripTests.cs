using System.Buffers;
using Vms.Rtsp.Messages;

namespace Vms.Rtsp.Tests.Messages;

public class RtspMessageRoundTripTests
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void WriteThenParse_RandomMessage_IsIdentity(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 20; i++)
        {
            var message = RandomMessages.Next(random);
            var bytes = RtspMessageWriter.ToArray(message);

            var status = RtspFrameParser.Default.TryParse(new ReadOnlySequence<byte>(bytes), out var consumed, out _, out var frame);

            Assert.True(status == RtspParseStatus.Complete, $"{status} {frame.Error}");
            Assert.Equal(bytes.Length, consumed.GetInteger());
            AssertSameMessage(message, frame.Message!);
            Assert.Equal(bytes, RtspMessageWriter.ToArray(frame.Message!));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void WriteThenParse_RandomStreamSplitAnywhere_SameMessages(int seed)
    {
        var random = new Random(seed);
        var messages = Enumerable.Range(0, 4).Select(_ => RandomMessages.Next(random)).ToList();
        var data = messages.SelectMany(RtspMessageWriter.ToArray).ToArray();
        var expected = messages.Select(m => System.Text.Encoding.UTF8.GetString(RtspMessageWriter.ToArray(m))).ToList();
        var cuts = Enumerable.Range(0, 6).Select(_ => random.Next(data.Length)).Order().Distinct().ToArray();

        Assert.Equal(expected, FrameCollector.Stream(RtspFrameParser.Default, data, cuts));
    }

    internal static void AssertSameMessage(RtspMessage expected, RtspMessage actual)
    {
        Assert.Equal(expected.GetType(), actual.GetType());
        Assert.Equal(expected.Version, actual.Version);
        if (expected is RtspRequest request)
        {
            var other = (RtspRequest)actual;
            Assert.Equal(request.Method, other.Method);
            Assert.Equal(request.Uri, other.Uri);
        }
        else
        {
            var response = (RtspResponse)expected;
            var other = (RtspResponse)actual;
            Assert.Equal(response.StatusCode, other.StatusCode);
            Assert.Equal(response.ReasonPhrase, other.ReasonPhrase);
        }

        Assert.Equal(expected.Headers.ToList(), actual.Headers.ToList());
        Assert.Equal(expected.Body.ToArray(), actual.Body.ToArray());
    }
}
