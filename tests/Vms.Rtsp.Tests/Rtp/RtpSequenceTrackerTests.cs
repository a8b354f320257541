using Vms.Rtsp.Rtp;

namespace Vms.Rtsp.Tests.Rtp;

public class RtpSequenceTrackerTests
{
    [Fact]
    public void Update_AcrossSixteenBitWrap_ExtendsSequence()
    {
        var t = new RtpSequenceTracker(90_000);
        var extended = new List<long>();
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(RtpSequenceStatus.Accepted, t.Update((ushort)(65530 + i), out var ext));
            extended.Add(ext);
        }

        Assert.Equal(Enumerable.Range(65530, 10).Select(i => (long)i), extended);
        Assert.Equal(65539, t.ExtendedHighestSequence);
        var stats = t.GetStatistics();
        Assert.Equal(65539u, stats.ExtendedHighestSequence);
        Assert.Equal((10L, 10L, 0L), (stats.Expected, stats.Received, stats.CumulativeLost));
    }

    [Fact]
    public void Update_ManyWraps_CountsCycles()
    {
        var t = new RtpSequenceTracker(8000);
        long ext = 0;
        for (var i = 0; i < 300_000; i += 7)
        {
            Assert.Equal(RtpSequenceStatus.Accepted, t.Update((ushort)i, out ext));
        }

        Assert.Equal(299_999L - (299_999 % 7), ext);
        var stats = t.GetStatistics();
        Assert.Equal(ext + 1, stats.Expected);
        Assert.Equal(stats.Expected - stats.Received, stats.CumulativeLost);
    }

    [Fact]
    public void Update_LateAcrossWrap_GetsPreviousCycleNumber()
    {
        var t = new RtpSequenceTracker(90_000);
        t.Update(65534, out _);
        t.Update(1, out var afterWrap); // 65535 and 0 missing for now
        Assert.Equal(RtpSequenceStatus.Accepted, t.Update(65535, out var late));
        Assert.Equal(RtpSequenceStatus.Accepted, t.Update(0, out var lateZero));

        Assert.Equal(65537, afterWrap);
        Assert.Equal(65535, late);
        Assert.Equal(65536, lateZero);
        Assert.Equal(0, t.GetStatistics().CumulativeLost);
    }

    [Fact]
    public void TakeReportStatistics_LossPerInterval_FractionLostAsRfc3550()
    {
        var t = new RtpSequenceTracker(90_000);
        // interval 1: 0..99 with 25 missing
        for (var i = 0; i < 100; i++)
        {
            if (i % 4 != 1)
            {
                t.Update((ushort)i, out _);
            }
        }

        var first = t.TakeReportStatistics();
        Assert.Equal(100 - 1 - 24, first.Received); // seq 1,5,...,97 missing: 25 values
        Assert.Equal(25, first.CumulativeLost);
        Assert.Equal((byte)(25 * 256 / 100), first.FractionLost);

        // interval 2: 100..199 all present
        for (var i = 100; i < 200; i++)
        {
            t.Update((ushort)i, out _);
        }

        var second = t.TakeReportStatistics();
        Assert.Equal(0, second.FractionLost);
        Assert.Equal(25, second.CumulativeLost);

        // duplicates make the interval's loss negative: fraction stays 0
        t.Update(199, out _);
        t.Update(199, out _);
        Assert.Equal(0, t.TakeReportStatistics().FractionLost);
        Assert.Equal(23, t.GetStatistics().CumulativeLost);
    }

    [Fact]
    public void Update_HugeJump_RejectedThenRestartOnSecondPacket()
    {
        var t = new RtpSequenceTracker(90_000);
        t.Update(100, out _);
        t.Update(101, out _);

        Assert.Equal(RtpSequenceStatus.Rejected, t.Update(40_000, out _));
        Assert.Equal(RtpSequenceStatus.Restarted, t.Update(40_001, out var ext));
        Assert.Equal(40_001, ext);
        Assert.Equal(RtpSequenceStatus.Accepted, t.Update(40_002, out _));
        var stats = t.GetStatistics();
        Assert.Equal((2L, 2L), (stats.Expected, stats.Received));
    }

    [Fact]
    public void Update_SingleStrayJump_RejectedAndStreamContinues()
    {
        var t = new RtpSequenceTracker(90_000);
        t.Update(100, out _);
        Assert.Equal(RtpSequenceStatus.Rejected, t.Update(30_000, out _));
        Assert.Equal(RtpSequenceStatus.Accepted, t.Update(101, out var ext));
        Assert.Equal(101, ext);
    }

    [Fact]
    public void Update_WithProbation_NeedsSequentialPackets()
    {
        var t = new RtpSequenceTracker(90_000, minSequential: 2);

        Assert.Equal(RtpSequenceStatus.Probation, t.Update(500, out _));
        Assert.False(t.IsStarted);
        Assert.Equal(RtpSequenceStatus.Probation, t.Update(900, out _)); // not sequential: probation restarts
        Assert.Equal(RtpSequenceStatus.Accepted, t.Update(901, out var ext));
        Assert.Equal(901, ext);
        Assert.True(t.IsStarted);
        Assert.Equal(1, t.GetStatistics().Received);
    }

    [Fact]
    public void UpdateJitter_ConstantTransit_StaysZero_VaryingTransit_Grows()
    {
        var t = new RtpSequenceTracker(90_000);
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 50; i++)
        {
            t.UpdateJitter((uint)(uint.MaxValue - 100_000 + (i * 3000)), start.AddTicks(i * TimeSpan.TicksPerSecond / 30));
        }

        Assert.Equal(0u, t.GetStatistics().Jitter);

        var t2 = new RtpSequenceTracker(90_000);
        for (var i = 0; i < 400; i++)
        {
            // arrivals alternate 10 ms early/late: |D| = 1800 units, jitter converges towards 1800
            var offset = i % 2 == 0 ? 10 : -10;
            t2.UpdateJitter((uint)(i * 3000), start.AddMilliseconds((i * 1000.0 / 30) + offset));
        }

        Assert.InRange(t2.GetStatistics().Jitter, 1700u, 1800u);
    }
}
