using System.Buffers;
using System.Text;
using Vms.Rtsp.Messages;

namespace Vms.Rtsp.Tests.Messages;

public class RtspFrameParserTests
{
    private static readonly byte[] RtpPayload = [0x80, 0x60, 0x00, 0x01, 0xDE, 0xAD, 0xBE, 0xEF];

    [Fact]
    public void TryParse_Request_ReadsMethodUriVersionAndHeaders()
    {
        var buffer = new ReadOnlySequence<byte>(SampleMessages.Bytes(SampleMessages.Options));

        var status = RtspFrameParser.Default.TryParse(buffer, out var consumed, out var examined, out var frame);

        Assert.Equal(RtspParseStatus.Complete, status);
        Assert.Equal(RtspFrameKind.Request, frame.Kind);
        var request = frame.Request!;
        Assert.Equal(RtspMethod.Options, request.Method);
        Assert.Equal("rtsp://10.0.0.5:554/stream1", request.Uri);
        Assert.Equal("RTSP/1.0", request.Version);
        Assert.Equal(1, request.CSeq);
        Assert.Equal("test", request.Headers["user-agent"]);
        Assert.True(request.Body.IsEmpty);
        Assert.Equal(buffer.End, consumed);
        Assert.Equal(buffer.End, examined);
    }

    [Fact]
    public void TryParse_ResponseWithBody_ReadsStatusAndBody()
    {
        var buffer = new ReadOnlySequence<byte>(SampleMessages.Bytes(SampleMessages.DescribeResponse));

        var status = RtspFrameParser.Default.TryParse(buffer, out _, out _, out var frame);

        Assert.Equal(RtspParseStatus.Complete, status);
        var response = frame.Response!;
        Assert.Equal(200, response.StatusCode);
        Assert.Equal("OK", response.ReasonPhrase);
        Assert.Equal("rtsp://10.0.0.5/stream1/", response.Headers.ContentBase);
        Assert.Equal("application/sdp", response.Headers.ContentType);
        Assert.StartsWith("v=0\r\n", response.BodyText, StringComparison.Ordinal);
        Assert.Equal(40, response.Body.Length);
    }

    [Fact]
    public void TryParse_InterleavedFrame_ReturnsChannelAndPayloadSlice()
    {
        var data = FrameCollector.Interleaved(3, RtpPayload);

        var status = RtspFrameParser.Default.TryParse(new ReadOnlySequence<byte>(data), out _, out _, out var frame);

        Assert.Equal(RtspParseStatus.Complete, status);
        Assert.Equal(RtspFrameKind.Interleaved, frame.Kind);
        Assert.Equal(3, frame.Interleaved.Channel);
        Assert.Equal(RtpPayload, frame.Interleaved.Payload.ToArray());
    }

    [Fact]
    public void TryParse_PartialMessage_NeedsMoreDataWithoutConsuming()
    {
        var data = SampleMessages.Bytes(SampleMessages.DescribeResponse);
        var buffer = new ReadOnlySequence<byte>(data, 0, data.Length - 1);

        var status = RtspFrameParser.Default.TryParse(buffer, out var consumed, out var examined, out var frame);

        Assert.Equal(RtspParseStatus.NeedMoreData, status);
        Assert.Equal(buffer.Start, consumed);
        Assert.Equal(buffer.End, examined);
        Assert.Equal(RtspFrameKind.None, frame.Kind);
    }

    [Fact]
    public void TryParse_LeadingEmptyLines_AreConsumedAndSkipped()
    {
        var keepAlive = SampleMessages.Bytes("\r\n\r\n\n");
        var status = RtspFrameParser.Default.TryParse(new ReadOnlySequence<byte>(keepAlive), out var consumed, out _, out _);
        Assert.Equal(RtspParseStatus.NeedMoreData, status);
        Assert.Equal(keepAlive.Length, consumed.GetInteger());

        var frames = FrameCollector.ParseAll(SampleMessages.Bytes("\r\n\r\n" + SampleMessages.Options));
        Assert.Equal([SampleMessages.Options], frames);
    }

    [Fact]
    public void TryParse_LfOnlyLineEnds_Accepted()
    {
        var lfOnly = SampleMessages.Options.Replace("\r\n", "\n", StringComparison.Ordinal);

        var frames = FrameCollector.ParseAll(SampleMessages.Bytes(lfOnly));

        Assert.Equal([SampleMessages.Options], frames);
    }

    [Fact]
    public void TryParse_FoldedHeader_JoinedWithOneSpace()
    {
        var text = "PLAY rtsp://c/x RTSP/1.0\r\nCSeq: 4\r\nX-Long: first\r\n   second\r\n\tthird\r\n\r\n";

        var frames = FrameCollector.ParseAll(SampleMessages.Bytes(text));

        Assert.Equal(["PLAY rtsp://c/x RTSP/1.0\r\nCSeq: 4\r\nX-Long: first second third\r\n\r\n"], frames);
    }

    [Fact]
    public void TryParse_ContinuationBeforeAnyHeader_Is400()
    {
        var frames = FrameCollector.ParseAll(SampleMessages.Bytes("PLAY rtsp://c/x RTSP/1.0\r\n folded\r\n\r\n"));

        Assert.Equal(["ERROR 400"], frames);
    }

    [Fact]
    public void TryParse_StatusLineWithoutReason_Accepted()
    {
        var frames = FrameCollector.ParseAll(SampleMessages.Bytes("RTSP/1.0 200\r\nCSeq: 1\r\n\r\n"));

        Assert.Equal(["RTSP/1.0 200 \r\nCSeq: 1\r\n\r\n"], frames);
    }

    [Fact]
    public void TryParse_MessagesAndInterleavedFramesMixed_AllReadInOrder()
    {
        var data = Concat(
            FrameCollector.Interleaved(0, RtpPayload),
            SampleMessages.Bytes(SampleMessages.DescribeResponse),
            FrameCollector.Interleaved(1, [1, 2, 3]),
            SampleMessages.Bytes("\r\n"),
            FrameCollector.Interleaved(0, []),
            SampleMessages.Bytes(SampleMessages.Options),
            FrameCollector.Interleaved(255, new byte[InterleavedFrame.MaxPayloadLength]));

        var frames = FrameCollector.ParseAll(data);

        Assert.Equal(6, frames.Count);
        Assert.Equal("$0:" + Convert.ToHexString(RtpPayload), frames[0]);
        Assert.Equal(SampleMessages.DescribeResponse, frames[1]);
        Assert.Equal("$1:010203", frames[2]);
        Assert.Equal("$0:", frames[3]);
        Assert.Equal(SampleMessages.Options, frames[4]);
        Assert.StartsWith("$255:0000", frames[5], StringComparison.Ordinal);
        Assert.Equal(5 + (2 * InterleavedFrame.MaxPayloadLength), frames[5].Length);
    }

    [Fact]
    public void TryParse_EveryMessageSplitAtEveryByteBoundary_SameFrames()
    {
        var data = Concat(
            SampleMessages.Bytes(SampleMessages.Options),
            FrameCollector.Interleaved(2, RtpPayload),
            SampleMessages.Bytes(SampleMessages.DescribeResponse),
            SampleMessages.Bytes(SampleMessages.SetParameterWithBody),
            SampleMessages.Bytes("\r\n"),
            SampleMessages.Bytes(SampleMessages.Unauthorized),
            FrameCollector.Interleaved(3, [9]));
        var expected = FrameCollector.ParseAll(data);
        Assert.Equal(6, expected.Count);

        foreach (var sequence in FrameCollector.AllSplits(data))
        {
            Assert.Equal(expected, FrameCollector.ParseAll(RtspFrameParser.Default, sequence, out var consumed));
            Assert.Equal(data.Length, consumed);
        }

        for (var cut = 0; cut <= data.Length; cut++)
        {
            Assert.Equal(expected, FrameCollector.Stream(RtspFrameParser.Default, data, cut));
        }
    }

    [Fact]
    public void TryParse_DeliveredOneByteAtATime_SameFrames()
    {
        var data = Concat(
            SampleMessages.Bytes(SampleMessages.SetParameterWithBody),
            FrameCollector.Interleaved(0, RtpPayload),
            SampleMessages.Bytes(SampleMessages.Unauthorized));

        var frames = FrameCollector.Stream(RtspFrameParser.Default, data, [.. Enumerable.Range(1, data.Length - 1)]);

        Assert.Equal([SampleMessages.SetParameterWithBody, "$0:" + Convert.ToHexString(RtpPayload), SampleMessages.Unauthorized], frames);
    }

    [Fact]
    public void TryParse_RepeatedHeaders_KeptInOrder()
    {
        var frames = RtspFrameParser.Default.TryParse(
            new ReadOnlySequence<byte>(SampleMessages.Bytes(SampleMessages.Unauthorized)), out _, out _, out var frame);

        Assert.Equal(RtspParseStatus.Complete, frames);
        var values = frame.Response!.Headers.GetValues("www-authenticate");
        Assert.Equal(["Digest realm=\"cam\", nonce=\"abc\"", "Basic realm=\"cam\""], values);
    }

    [Fact]
    public void TryParse_Utf8InUriAndHeader_Decoded()
    {
        var text = "DESCRIBE rtsp://cam/caméra RTSP/1.0\r\nCSeq: 1\r\nX-Name: Hôtel de Ville\r\n\r\n";

        var status = RtspFrameParser.Default.TryParse(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(text)), out _, out _, out var frame);

        Assert.Equal(RtspParseStatus.Complete, status);
        Assert.Equal("rtsp://cam/caméra", frame.Request!.Uri);
        Assert.Equal("Hôtel de Ville", frame.Request.Headers["X-Name"]);
    }

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];
}
