using System.Buffers;
using System.Text;
using Vms.Rtsp.Messages;

namespace Vms.Rtsp.Tests.Messages;

public class RtspMessageWriterTests
{
    [Fact]
    public void Write_Request_ExactBytes()
    {
        var request = new RtspRequest(RtspMethod.Setup, "rtsp://cam/stream/trackID=1");
        request.CSeq = 3;
        request.Headers.Transport = "RTP/AVP/TCP;unicast;interleaved=0-1";

        var text = Encoding.ASCII.GetString(RtspMessageWriter.ToArray(request));

        Assert.Equal("SETUP rtsp://cam/stream/trackID=1 RTSP/1.0\r\nCSeq: 3\r\nTransport: RTP/AVP/TCP;unicast;interleaved=0-1\r\n\r\n", text);
    }

    [Fact]
    public void Write_ResponseWithBody_AddsContentLength()
    {
        var response = new RtspResponse(RtspStatusCodes.Ok);
        response.CSeq = 2;
        response.SetBody("application/sdp", "v=0\r\n");

        var text = Encoding.ASCII.GetString(RtspMessageWriter.ToArray(response));

        Assert.Equal("RTSP/1.0 200 OK\r\nCSeq: 2\r\nContent-Type: application/sdp\r\nContent-Length: 5\r\n\r\nv=0\r\n", text);
    }

    [Fact]
    public void Write_WrongContentLengthHeader_WritesTheRealLengthInPlace()
    {
        var response = new RtspResponse(RtspStatusCodes.Ok);
        response.Headers.Add("Content-Length", "999");
        response.Headers.Add("Content-Length", "998");
        response.CSeq = 1;
        response.Body = "abc"u8.ToArray();

        var text = Encoding.ASCII.GetString(RtspMessageWriter.ToArray(response));

        Assert.Equal("RTSP/1.0 200 OK\r\nContent-Length: 3\r\nCSeq: 1\r\n\r\nabc", text);
    }

    [Fact]
    public void For_Request_CopiesCSeqAndStandardReason()
    {
        var request = new RtspRequest(RtspMethod.Play, "rtsp://cam/x");
        request.CSeq = 41;

        var response = RtspResponse.For(request, RtspStatusCodes.SessionNotFound);

        Assert.Equal("RTSP/1.0 454 Session Not Found\r\nCSeq: 41\r\n\r\n", Encoding.ASCII.GetString(RtspMessageWriter.ToArray(response)));
    }

    [Fact]
    public void InterleavedWrite_WritesHeaderAndPayload()
    {
        var writer = new ArrayBufferWriter<byte>();

        InterleavedFrame.Write(writer, 1, [0xAA, 0xBB]);

        Assert.Equal(new byte[] { (byte)'$', 1, 0, 2, 0xAA, 0xBB }, writer.WrittenSpan.ToArray());
    }

    [Fact]
    public void InterleavedWrite_PayloadOver65535_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            InterleavedFrame.Write(new ArrayBufferWriter<byte>(), 0, new byte[InterleavedFrame.MaxPayloadLength + 1]));

    [Fact]
    public void InterleavedWrite_DoesNotAllocate()
    {
        var writer = new ArrayBufferWriter<byte>(1 << 20);
        var payload = new byte[1400];
        InterleavedFrame.Write(writer, 0, payload);
        var before = GC.GetAllocatedBytesForCurrentThread();

        for (var i = 0; i < 100; i++)
        {
            InterleavedFrame.Write(writer, 0, payload);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Fact]
    public void TryParse_InterleavedFrame_DoesNotAllocate()
    {
        var data = FrameCollector.Interleaved(0, new byte[1400]);
        var buffer = new ReadOnlySequence<byte>(data);
        var parser = RtspFrameParser.Default;
        parser.TryParse(buffer, out _, out _, out _);
        var before = GC.GetAllocatedBytesForCurrentThread();

        for (var i = 0; i < 100; i++)
        {
            parser.TryParse(buffer, out _, out _, out _);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Theory]
    [InlineData("X-Evil", "a\r\nInjected: 1")]
    [InlineData("X-Evil", "a\nb")]
    [InlineData("Bad Name", "v")]
    [InlineData("", "v")]
    public void HeadersAdd_InvalidNameOrValue_Throws(string name, string value) =>
        Assert.Throws<ArgumentException>(() => new RtspRequest(RtspMethod.Options, "*").Headers.Add(name, value));

    [Theory]
    [InlineData("OPT IONS", "*")]
    [InlineData("OPTIONS", "rtsp://a b")]
    [InlineData("OPTIONS", "rtsp://a\r\n")]
    public void RequestConstructor_InvalidLine_Throws(string method, string uri) =>
        Assert.Throws<ArgumentException>(() => new RtspRequest(method, uri));
}
