using System.Diagnostics;
using System.Globalization;
using Vms.Rtsp.Media;
using Vms.Rtsp.Rtp;

namespace Vms.Bench.Rtsp;

/// <summary>
/// Throughput and allocations of the RTP media path: packetizing access units (shared batch and packet-by-packet)
/// and receiving packets back into access units, for a 1080p-like H.264 stream (one 150 KB keyframe then 11 P-frames
/// of 12 KB, 1400-byte payloads).
/// </summary>
internal sealed class RtpMediaBenchmark : IBenchmark
{
    public string Name => "rtp-media";

    public string Description => "RTP packetize/depacketize throughput and allocations per packet (--seconds N, default 3)";

    public Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var seconds = args.Length >= 2 && args[0] == "--seconds" ? double.Parse(args[1], CultureInfo.InvariantCulture) : 3.0;
        var duration = TimeSpan.FromSeconds(seconds);
        var track = new MediaTrack(0, new H264Parameters([0x67, 0x64, 0x00, 0x28, 0xAC], [0x68, 0xEE, 0x3C, 0xB0]));
        var gop = BuildGop();

        // 1. one packetization per access unit, shared by every viewer
        var sender = new RtpTrackSender(track, new RtpTrackSenderOptions { Ssrc = 1, InitialSequenceNumber = 0, InitialTimestamp = 0 });
        var (units, packets, bytes, allocated, elapsed) = Run(duration, gop, (au, _) =>
        {
            var batch = sender.Packetize(au);
            return (batch.Count, batch.TotalLength);
        }, cancellationToken);
        Report("sender Packetize (shared batch)", units, packets, bytes, allocated, elapsed);

        // 2. packet by packet into one caller buffer
        var buffer = new byte[sender.MaxPacketSize];
        (units, packets, bytes, allocated, elapsed) = Run(duration, gop, (au, _) =>
        {
            sender.Begin(au);
            int n = 0, total = 0;
            while (sender.TryWriteNextPacket(buffer, out var written))
            {
                n++;
                total += written;
            }

            return (n, total);
        }, cancellationToken);
        Report("sender TryWriteNextPacket", units, packets, bytes, allocated, elapsed);

        // 3. receiving: pre-packetized GOP fed back (sequence numbers and timestamps rewritten in place)
        var received = 0L;
        using var receiver = new RtpTrackReceiver(track, _ => received++);
        var source = new RtpTrackSender(track, new RtpTrackSenderOptions { Ssrc = 7, InitialSequenceNumber = 0, InitialTimestamp = 0 });
        var batches = gop.Select(source.Packetize).ToList();
        var copies = batches.Select(b => Enumerable.Range(0, b.Count).Select(i => b[i].ToArray()).ToArray()).ToArray();
        ushort seq = 0;
        uint ts = 0;
        var arrival = DateTimeOffset.UtcNow;
        (units, packets, bytes, allocated, elapsed) = Run(duration, gop, (_, index) =>
        {
            int n = 0, total = 0;
            foreach (var packet in copies[index])
            {
                packet[2] = (byte)(seq >> 8);
                packet[3] = (byte)seq;
                packet[4] = (byte)(ts >> 24);
                packet[5] = (byte)(ts >> 16);
                packet[6] = (byte)(ts >> 8);
                packet[7] = (byte)ts;
                seq++;
                receiver.OnRtpPacket(packet, arrival);
                n++;
                total += packet.Length;
            }

            ts += 7500;
            return (n, total);
        }, cancellationToken);
        Report("receiver OnRtpPacket → AccessUnit", units, packets, bytes, allocated, elapsed);
        Console.WriteLine($"  (received {received} access units, lost {receiver.GetStatistics().Reception.CumulativeLost})");
        return Task.FromResult(0);
    }

    private static List<AccessUnit> BuildGop()
    {
        var random = new Random(1);
        var units = new List<AccessUnit>();
        for (var i = 0; i < 12; i++)
        {
            var nal = new byte[i == 0 ? 150_000 : 12_000];
            random.NextBytes(nal);
            nal[0] = i == 0 ? (byte)0x65 : (byte)0x41;
            units.Add(new AccessUnit(CodecId.H264, [nal], i * 7500L, i * 7500L, i == 0));
        }

        return units;
    }

    private static (long Units, long Packets, long Bytes, long Allocated, TimeSpan Elapsed) Run(
        TimeSpan duration,
        List<AccessUnit> gop,
        Func<AccessUnit, int, (int Packets, int Bytes)> step,
        CancellationToken cancellationToken)
    {
        // warm-up (JIT, pools, buffers grown to size)
        for (var i = 0; i < gop.Count * 20; i++)
        {
            step(gop[i % gop.Count], i % gop.Count);
        }

        long units = 0, packets = 0, bytes = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var index = 0;
        while (watch.Elapsed < duration && !cancellationToken.IsCancellationRequested)
        {
            var au = gop[index % gop.Count];
            var (p, b) = step(au, index % gop.Count);
            units++;
            packets += p;
            bytes += b;
            index++;
        }

        watch.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        return (units, packets, bytes, allocated, watch.Elapsed);
    }

    private static void Report(string name, long units, long packets, long bytes, long allocated, TimeSpan elapsed)
    {
        var s = elapsed.TotalSeconds;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{name,-36} {packets / s,12:N0} packets/s {bytes / s / 1e6,8:N0} MB/s {units / s,9:N0} AU/s   allocated {allocated / (double)packets,8:N1} B/packet {allocated / (double)units,10:N0} B/AU"));
    }
}
