using Vms.Rtsp.Rtp;

namespace Vms.Rtsp.Tests.Rtp;

public class RtpReorderBufferTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly List<(long Seq, int Lost, byte Payload)> _released = [];

    [Fact]
    public void Push_ShuffledWithinWindow_ReleasedInOrder()
    {
        using var buffer = NewBuffer(64, Timeout.InfiniteTimeSpan);
        var random = new Random(5);
        var order = Enumerable.Range(0, 500).ToArray();
        // shuffle in blocks of 16 so every packet stays within the window
        for (var block = 0; block < order.Length; block += 16)
        {
            random.Shuffle(order.AsSpan(block, Math.Min(16, order.Length - block)));
        }

        // the first packet fixes the start: make sure it is 0
        Array.Sort(order, 0, 16);
        foreach (var seq in order)
        {
            Push(buffer, seq, T0);
        }

        buffer.Flush();
        Assert.Equal(Enumerable.Range(0, 500).Select(i => (long)i), _released.Select(r => r.Seq));
        Assert.All(_released, r => Assert.Equal(0, r.Lost));
        Assert.All(_released, r => Assert.Equal((byte)r.Seq, r.Payload));
        Assert.True(buffer.Reordered > 0);
    }

    [Fact]
    public void Push_DuplicatesAndLate_Dropped()
    {
        using var buffer = NewBuffer(8, Timeout.InfiniteTimeSpan);

        Assert.Equal(RtpReorderResult.Released, Push(buffer, 10, T0));
        Assert.Equal(RtpReorderResult.Late, Push(buffer, 10, T0));
        Assert.Equal(RtpReorderResult.Buffered, Push(buffer, 12, T0));
        Assert.Equal(RtpReorderResult.Duplicate, Push(buffer, 12, T0));
        Assert.Equal(RtpReorderResult.Late, Push(buffer, 9, T0));
        Assert.Equal(RtpReorderResult.Released, Push(buffer, 11, T0));

        Assert.Equal([10L, 11, 12], _released.Select(r => r.Seq));
        Assert.Equal(3, buffer.Dropped);
    }

    [Fact]
    public void Push_WindowOverflows_GivesUpOnGapAndReportsLoss()
    {
        using var buffer = NewBuffer(4, Timeout.InfiniteTimeSpan);
        Push(buffer, 0, T0);
        Push(buffer, 2, T0); // 1 missing
        Push(buffer, 3, T0);
        Assert.Single(_released);

        Push(buffer, 5, T0); // window 1..4 cannot hold 5: give up on 1

        Assert.Equal([0L, 2, 3], _released.Select(r => r.Seq));
        Assert.Equal(1, _released[1].Lost);
        Assert.Equal(1, buffer.Count); // 5 waits for 4
        Assert.Equal(1, buffer.Skipped);
        Push(buffer, 4, T0);
        Assert.Equal([0L, 2, 3, 4, 5], _released.Select(r => r.Seq));
    }

    [Fact]
    public void Push_FarJumpWithEmptyBuffer_ReleasesAtOnceWithLoss()
    {
        using var buffer = NewBuffer(4, Timeout.InfiniteTimeSpan);
        Push(buffer, 0, T0);

        Assert.Equal(RtpReorderResult.Released, Push(buffer, 100, T0));

        Assert.Equal((100L, 99), (_released[1].Seq, _released[1].Lost));
        Assert.Equal(RtpReorderResult.Late, Push(buffer, 50, T0));
    }

    [Fact]
    public void Tick_AfterMaxDelay_ReleasesWaitingPackets()
    {
        using var buffer = NewBuffer(64, TimeSpan.FromMilliseconds(100));
        Push(buffer, 0, T0);
        Push(buffer, 2, T0.AddMilliseconds(10));
        Push(buffer, 3, T0.AddMilliseconds(20));

        buffer.Tick(T0.AddMilliseconds(109));
        Assert.Single(_released);

        buffer.Tick(T0.AddMilliseconds(110));
        Assert.Equal([0L, 2, 3], _released.Select(r => r.Seq));
        Assert.Equal(1, _released[1].Lost);
        Assert.Equal(0, buffer.Count);
    }

    [Fact]
    public void Push_LaterArrival_ExpiresOldWaitingPackets()
    {
        using var buffer = NewBuffer(64, TimeSpan.FromMilliseconds(50));
        Push(buffer, 0, T0);
        Push(buffer, 2, T0);
        Push(buffer, 5, T0.AddMilliseconds(30));

        Push(buffer, 6, T0.AddMilliseconds(60)); // 2 waited 60 ms: give up on 1; then 5 waited 30 ms: keep

        Assert.Equal([0L, 2], _released.Select(r => r.Seq));
        Push(buffer, 7, T0.AddMilliseconds(80)); // 5 waited 50 ms: give up on 3, 4
        Assert.Equal([0L, 2, 5, 6, 7], _released.Select(r => r.Seq));
        Assert.Equal(2, _released[2].Lost);
    }

    [Fact]
    public void Reset_DropsWaitingAndAcceptsNewStart()
    {
        using var buffer = NewBuffer(8, Timeout.InfiniteTimeSpan);
        Push(buffer, 100, T0);
        Push(buffer, 102, T0);

        buffer.Reset();

        Assert.Equal(RtpReorderResult.Released, Push(buffer, 7, T0));
        Assert.Equal([100L, 7], _released.Select(r => r.Seq));
        Assert.Equal(-1, NewBuffer(1, TimeSpan.Zero).NextSequence);
    }

    [Fact]
    public void Push_CapacityOne_NeverWaits()
    {
        using var buffer = NewBuffer(1, Timeout.InfiniteTimeSpan);
        Push(buffer, 0, T0);
        Push(buffer, 2, T0);
        Push(buffer, 1, T0);
        Assert.Equal([0L, 2], _released.Select(r => r.Seq));
    }

    private RtpReorderBuffer NewBuffer(int capacity, TimeSpan delay) =>
        new(capacity, delay, (in RtpPacket p, long seq, int lost, DateTimeOffset _) => _released.Add((seq, lost, p.Payload.Span[0])));

    private static RtpReorderResult Push(RtpReorderBuffer buffer, long seq, DateTimeOffset arrival)
    {
        var data = new byte[13];
        new RtpHeader(false, 96, (ushort)seq, 0, 1).Write(data);
        data[12] = (byte)seq;
        Assert.True(RtpPacket.TryParse(data, out var packet));
        return buffer.Push(seq, packet, arrival);
    }
}
