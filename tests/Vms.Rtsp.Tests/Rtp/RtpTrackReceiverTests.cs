using System.Threading.Channels;
using Vms.Rtsp.Media;
using Vms.Rtsp.Rtcp;
using Vms.Rtsp.Rtp;
using Vms.Rtsp.Tests.Payloads;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Rtsp.Tests.Rtp;

public class RtpTrackReceiverTests(ITestOutputHelper output)
{
    private static readonly MediaTrack Video = new(0, new H264Parameters([], []));
    private static readonly DateTimeOffset T0 = PayloadHarness.T0;

    [Fact]
    public void OnRtpPacket_InOrder_DeliversEveryAccessUnit()
    {
        var (units, batches) = Stream(count: 20, seed: 1);
        var received = new List<AccessUnit>();
        using var receiver = new RtpTrackReceiver(Video, received.Add);

        Feed(receiver, batches.SelectMany(Packets));

        Assert.Equal(units.Count, received.Count);
        for (var i = 0; i < units.Count; i++)
        {
            PayloadHarness.AssertSameNalUnits(units[i].NalUnits, received[i].NalUnits);
        }

        var stats = receiver.GetStatistics();
        Assert.Equal(0, stats.Reception.CumulativeLost);
        Assert.Equal(20, stats.Payload.AccessUnits);
        Assert.Equal(WallClockSource.ArrivalTime, stats.LastWallClockSource);
    }

    [Fact]
    public void OnRtpPacket_ReorderedUdp_ReleasedInOrderWithoutLoss()
    {
        var (units, batches) = Stream(count: 30, seed: 2);
        var packets = batches.SelectMany(Packets).ToList();
        var random = new Random(3);
        for (var i = 1; i + 4 < packets.Count; i += 5)
        {
            random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(packets).Slice(i, 4)); // local swaps
        }

        var received = new List<AccessUnit>();
        using var receiver = new RtpTrackReceiver(Video, received.Add);

        Feed(receiver, packets);

        Assert.Equal(units.Select(u => u.Pts - units[0].Pts), received.Select(r => r.Pts - received[0].Pts));
        var stats = receiver.GetStatistics();
        Assert.True(stats.ReorderedPackets > 0);
        Assert.Equal(0, stats.Payload.DroppedAccessUnits);
        Assert.Equal(0, stats.Reception.CumulativeLost);
    }

    [Fact]
    public void OnRtpPacket_LossThenTick_DropsUntilKeyframeAndReports()
    {
        var (units, batches) = Stream(count: 30, seed: 4, gop: 10);
        var packets = batches.SelectMany(Packets).ToList();
        var lostIndex = packets.FindIndex(p => RtpPacket.TryParse(p, out var r) && r.Timestamp == batches[14].Timestamp);
        packets.RemoveAt(lostIndex);
        var received = new List<AccessUnit>();
        using var receiver = new RtpTrackReceiver(Video, received.Add, new RtpTrackReceiverOptions { ReorderDelay = TimeSpan.FromMilliseconds(50) });

        Feed(receiver, packets, spacing: TimeSpan.FromMilliseconds(1));
        receiver.Flush();

        Assert.Equal(24, received.Count); // 14 lost its first packet, 15..19 refer to it
        Assert.DoesNotContain(received, r => r.Pts - received[0].Pts is >= 14 * 3000 and < 20 * 3000);
        var stats = receiver.GetStatistics();
        Assert.Equal(1, stats.Payload.LostPackets);
        Assert.Equal(1, stats.Reception.CumulativeLost);
        Assert.Equal(6, stats.Payload.DroppedAccessUnits);

        var rr = Assert.IsType<RtcpReceiverReport>(receiver.CreateReceiverReport(T0.AddSeconds(10)).Packets[0]);
        var block = Assert.Single(rr.ReportBlocks);
        Assert.Equal(1, block.CumulativeLost);
        Assert.Equal(stats.Ssrc, block.Ssrc);
        Assert.True(block.FractionLost > 0);
        Assert.Equal(receiver.LocalSsrc, rr.Ssrc);
    }

    [Fact]
    public void Tick_WaitingPacketsExpire_WithoutFurtherTraffic()
    {
        var (_, batches) = Stream(count: 3, seed: 5, nalSize: 100);
        var packets = batches.SelectMany(Packets).ToList(); // one packet per access unit
        var received = new List<AccessUnit>();
        using var receiver = new RtpTrackReceiver(Video, received.Add, new RtpTrackReceiverOptions { ReorderDelay = TimeSpan.FromMilliseconds(100) });
        receiver.OnRtpPacket(packets[0], T0);
        receiver.OnRtpPacket(packets[2], T0.AddMilliseconds(10)); // waits for packet 1

        receiver.Tick(T0.AddMilliseconds(100));
        Assert.Single(received);

        receiver.Tick(T0.AddMilliseconds(111));
        Assert.Single(received); // released, but after a gap: dropped as damaged
        Assert.Equal(1, receiver.GetStatistics().Payload.LostPackets);
    }

    [Fact]
    public void OnRtcpPacket_SenderReport_GivesCaptureTimes()
    {
        var clock = new ManualTimeProvider();
        var sender = new RtpTrackSender(Video, new RtpTrackSenderOptions { Ssrc = 77 }, clock);
        var capture = new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);
        var units = H264PayloadTests.Gop(seed: 6, count: 24, gop: 12, nalSize: 800)
            .Select((u, i) => u.WithWallClock(capture.AddSeconds(i * 3000 / 90_000.0)))
            .ToList();
        var received = new List<AccessUnit>();
        using var receiver = new RtpTrackReceiver(Video, received.Add);
        var buffer = new byte[1500];

        for (var i = 0; i < units.Count; i++)
        {
            Feed(receiver, Packets(sender.Packetize(units[i])));
            if (i == 5)
            {
                var n = sender.WriteSenderReport(buffer);
                receiver.OnRtcpPacket(buffer.AsMemory(0, n), T0);
            }

            clock.Advance(TimeSpan.FromMilliseconds(83));
        }

        Assert.All(received.Take(6), a => Assert.Equal(WallClockSource.ArrivalTime, a.WallClockSource));
        for (var i = 6; i < received.Count; i++)
        {
            Assert.Equal(WallClockSource.SenderReport, received[i].WallClockSource);
            Assert.InRange((received[i].WallClock!.Value - units[i].WallClock!.Value).Duration(), TimeSpan.Zero, TimeSpan.FromMilliseconds(0.1));
        }

        Assert.Equal(1, receiver.GetStatistics().SenderReports);
        var block = Assert.Single(Assert.IsType<RtcpReceiverReport>(receiver.CreateReceiverReport(T0.AddSeconds(1)).Packets[0]).ReportBlocks);
        Assert.Equal((uint)(65536), block.DelaySinceLastSenderReport);
        Assert.NotEqual(0u, block.LastSenderReport);
    }

    [Fact]
    public void OnRtpPacket_ChannelOutput_FullChannelCounted()
    {
        var (_, batches) = Stream(count: 5, seed: 7);
        var channel = Channel.CreateBounded<AccessUnit>(new BoundedChannelOptions(2) { FullMode = BoundedChannelFullMode.Wait });
        using var receiver = new RtpTrackReceiver(Video, channel.Writer);

        Feed(receiver, batches.SelectMany(Packets));

        Assert.Equal(3, receiver.GetStatistics().OutputFull);
        Assert.True(channel.Reader.TryRead(out var first));
        Assert.True(first.IsKeyframe);
    }

    [Fact]
    public void OnRtpPacket_InBandParameterSets_RaiseParametersChanged()
    {
        var track = new MediaTrack(0, new H264Parameters([], []));
        var sps = Media.MediaFixtures.H264Sps("h264_main_640x360_30fps.h264");
        var au = new AccessUnit(CodecId.H264, [sps, new byte[] { 0x68, 0xCE, 0x3C, 0x80 }, new byte[] { 0x65, 0x88, 0x84 }], 0, 0, true);
        var sender = new RtpTrackSender(track);
        using var receiver = new RtpTrackReceiver(track, _ => { });
        var changes = new List<CodecParameters>();
        receiver.ParametersChanged += changes.Add;

        Feed(receiver, Packets(sender.Packetize(au)));
        Feed(receiver, Packets(sender.Packetize(au.WithTimestamps(3000, 3000))), start: T0.AddSeconds(1));

        var p = Assert.IsType<H264Parameters>(Assert.Single(changes));
        Assert.Equal(sps, p.Sps);
        Assert.Same(p, receiver.Parameters);
    }

    [Fact]
    public void OnRtpPacket_SourceChanges_RestartsCleanly()
    {
        var (units, batchesA) = Stream(count: 5, seed: 8, ssrc: 1, initialSequence: 100);
        var (_, batchesB) = Stream(count: 5, seed: 8, ssrc: 2, initialSequence: 40_000);
        var received = new List<AccessUnit>();
        using var receiver = new RtpTrackReceiver(Video, received.Add);

        Feed(receiver, batchesA.SelectMany(Packets));
        Feed(receiver, batchesB.SelectMany(Packets));

        Assert.Equal(10, received.Count);
        var stats = receiver.GetStatistics();
        Assert.Equal((2u, 1L), (stats.Ssrc, stats.SourceChanges));
        Assert.Equal(0, stats.Reception.CumulativeLost);
    }

    [Fact]
    public void OnRtpPacket_ExpectedSsrcAndPayloadType_FilterOthers()
    {
        var (_, batches) = Stream(count: 3, seed: 9, ssrc: 5);
        var received = new List<AccessUnit>();
        using var receiver = new RtpTrackReceiver(Video, received.Add, new RtpTrackReceiverOptions { ExpectedSsrc = 6 });
        using var typed = new RtpTrackReceiver(Video, received.Add, new RtpTrackReceiverOptions { PayloadType = 100 });

        Feed(receiver, batches.SelectMany(Packets));
        Feed(typed, batches.SelectMany(Packets));

        Assert.Empty(received);
        Assert.True(receiver.GetStatistics().InvalidPackets > 0);
        Assert.True(typed.GetStatistics().InvalidPackets > 0);
    }

    [Fact]
    public void OnRtpPacket_SequenceRestart_DropsBrokenPictureAndContinues()
    {
        var (_, batches) = Stream(count: 20, seed: 10, gop: 5, initialSequence: 1000);
        var packets = batches.SelectMany(Packets).Select(p => p.ToArray()).ToList();
        var received = new List<AccessUnit>();
        using var receiver = new RtpTrackReceiver(Video, received.Add);

        // after access unit 9 the sender jumps its sequence by 20 000 (e.g. an encoder restart)
        var jumpAt = packets.FindIndex(p => RtpPacket.TryParse(p, out var r) && r.Timestamp == batches[10].Timestamp);
        for (var i = jumpAt; i < packets.Count; i++)
        {
            var seq = (ushort)((packets[i][2] << 8) | packets[i][3]);
            seq += 20_000;
            packets[i][2] = (byte)(seq >> 8);
            packets[i][3] = (byte)seq;
        }

        Feed(receiver, packets);
        receiver.Flush();

        var stats = receiver.GetStatistics();
        Assert.Equal(1, stats.SourceChanges);
        Assert.Equal(1, stats.RejectedPackets); // the first packet after the jump, before the second confirmed it
        Assert.True(received.Count >= 15, $"received {received.Count}");
    }

    [Theory]
    [InlineData(81)]
    [InlineData(82)]
    public void OnPackets_SeededGarbage_CountedNeverThrown(int seed)
    {
        var random = new Random(seed);
        var received = new List<AccessUnit>();
        using var receiver = new RtpTrackReceiver(Video, received.Add);
        for (var i = 0; i < 5000; i++)
        {
            var data = new byte[random.Next(0, 200)];
            random.NextBytes(data);
            if (data.Length > 1 && random.Next(2) == 0)
            {
                data[0] = 0x80;
            }

            if (random.Next(2) == 0)
            {
                receiver.OnRtpPacket(data, T0.AddMilliseconds(i));
            }
            else
            {
                receiver.OnRtcpPacket(data, T0.AddMilliseconds(i));
            }
        }

        receiver.Tick(T0.AddHours(1));
        var stats = receiver.GetStatistics();
        output.WriteLine(stats.ToString());
        Assert.True(stats.InvalidPackets + stats.InvalidRtcpPackets > 0);
    }

    private static (List<AccessUnit> Units, List<RtpPacketBatch> Batches) Stream(int count, int seed, int gop = 10, int nalSize = 3000, uint ssrc = 0x55, ushort initialSequence = 65_500)
    {
        var units = H264PayloadTests.Gop(seed, count, gop, nalSize);
        var sender = new RtpTrackSender(Video, new RtpTrackSenderOptions { Ssrc = ssrc, InitialSequenceNumber = initialSequence, InitialTimestamp = uint.MaxValue - 20_000 });
        return (units, units.Select(sender.Packetize).ToList());
    }

    private static IEnumerable<ReadOnlyMemory<byte>> Packets(RtpPacketBatch batch) => Enumerable.Range(0, batch.Count).Select(i => batch[i]);

    private static void Feed(RtpTrackReceiver receiver, IEnumerable<ReadOnlyMemory<byte>> packets, TimeSpan? spacing = null, DateTimeOffset? start = null)
    {
        var t = start ?? T0;
        foreach (var p in packets)
        {
            // the receiver only reads the packet during the call: hand it a buffer we then scribble over
            var copy = p.ToArray();
            receiver.OnRtpPacket(copy, t);
            Array.Fill(copy, (byte)0xEE);
            t += spacing ?? TimeSpan.Zero;
        }
    }

    private static void Feed(RtpTrackReceiver receiver, IEnumerable<byte[]> packets, TimeSpan? spacing = null) =>
        Feed(receiver, packets.Select(p => (ReadOnlyMemory<byte>)p), spacing);
}
