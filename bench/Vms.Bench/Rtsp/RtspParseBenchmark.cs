using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using Vms.Rtsp.Messages;

namespace Vms.Bench.Rtsp;

/// <summary>
/// Throughput and allocations of <see cref="RtspFrameParser"/> on an RTSP-over-TCP stream: 1400-byte interleaved
/// RTP packets with a response every 100 packets, in 64 KiB segments as a pipe delivers them; then whole
/// DESCRIBE responses (headers + SDP body).
/// </summary>
internal sealed class RtspParseBenchmark : IBenchmark
{
    public string Name => "rtsp-parse";

    public string Description => "RtspFrameParser: interleaved packets/s, MB/s, bytes allocated per packet and per message [--seconds N]";

    public Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var seconds = args.Length >= 2 && args[0] == "--seconds" ? double.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        var (stream, packets, messages) = BuildStream();
        var sequence = Segmented(stream, 64 * 1024);
        var parser = RtspFrameParser.Default;

        ParseAll(parser, sequence, out _, out _); // warm-up
        var (rounds, elapsed, allocated) = Measure(seconds, () => ParseAll(parser, sequence, out _, out _), cancellationToken);
        var totalPackets = rounds * packets;
        Console.WriteLine($"interleaved: {totalPackets / elapsed.TotalSeconds:N0} packets/s, " +
            $"{rounds * (double)stream.Length / elapsed.TotalSeconds / 1e6:N0} MB/s, " +
            $"{(double)allocated / rounds / (packets + messages):N1} bytes allocated per frame " +
            $"({messages} responses per {packets} packets; responses allocate, packets do not)");

        var describe = DescribeResponse();
        var single = new ReadOnlySequence<byte>(describe);
        (rounds, elapsed, allocated) = Measure(seconds, () => parser.TryParse(single, out _, out _, out _), cancellationToken);
        Console.WriteLine($"DESCRIBE response ({describe.Length} bytes): {rounds / elapsed.TotalSeconds:N0} messages/s, " +
            $"{(double)allocated / rounds:N0} bytes allocated per message");
        return Task.FromResult(0);
    }

    private static (long Rounds, TimeSpan Elapsed, long Allocated) Measure(double seconds, Action action, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var before = GC.GetAllocatedBytesForCurrentThread();
        long rounds = 0;
        while (watch.Elapsed.TotalSeconds < seconds && !cancellationToken.IsCancellationRequested)
        {
            action();
            rounds++;
        }

        return (rounds, watch.Elapsed, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static void ParseAll(RtspFrameParser parser, ReadOnlySequence<byte> buffer, out int packets, out int messages)
    {
        packets = messages = 0;
        while (parser.TryParse(buffer, out var consumed, out _, out var frame) == RtspParseStatus.Complete)
        {
            if (frame.Kind == RtspFrameKind.Interleaved)
            {
                packets++;
            }
            else
            {
                messages++;
            }

            buffer = buffer.Slice(consumed);
        }
    }

    private static (byte[] Stream, int Packets, int Messages) BuildStream()
    {
        var writer = new ArrayBufferWriter<byte>();
        var payload = new byte[1400];
        payload[0] = 0x80;
        var packets = 0;
        var messages = 0;
        while (writer.WrittenCount < 4 * 1024 * 1024)
        {
            InterleavedFrame.Write(writer, (byte)(packets % 2 * 2), payload);
            if (++packets % 100 == 0)
            {
                var keepAlive = new RtspResponse(RtspStatusCodes.Ok) { CSeq = packets };
                keepAlive.Headers.Session = "A1B2C3D4";
                RtspMessageWriter.Write(writer, keepAlive);
                messages++;
            }
        }

        return (writer.WrittenSpan.ToArray(), packets, messages);
    }

    private static byte[] DescribeResponse()
    {
        var response = new RtspResponse(RtspStatusCodes.Ok) { CSeq = 2 };
        response.Headers.ContentBase = "rtsp://10.0.0.5:554/Streaming/Channels/101/";
        response.Headers.Add("Server", "camera");
        response.SetBody("application/sdp",
            "v=0\r\no=- 1 1 IN IP4 10.0.0.5\r\ns=Media Presentation\r\nt=0 0\r\na=control:*\r\n" +
            "m=video 0 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\n" +
            "a=fmtp:96 profile-level-id=420029; packetization-mode=1; sprop-parameter-sets=Z00AKpY1QPAET8s3AQEBQAABwgAAV+QB,aO48gA==\r\n" +
            "a=control:trackID=1\r\n");
        return RtspMessageWriter.ToArray(response);
    }

    private static ReadOnlySequence<byte> Segmented(byte[] data, int size)
    {
        Segment? first = null;
        Segment? last = null;
        for (var offset = 0; offset < data.Length; offset += size)
        {
            var memory = data.AsMemory(offset, Math.Min(size, data.Length - offset));
            last = last is null ? first = new Segment(memory, 0) : last.Append(memory);
        }

        return new ReadOnlySequence<byte>(first!, 0, last!, last!.Memory.Length);
    }

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
