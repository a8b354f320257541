using Vms.Rtsp.Transport;
using Vms.TestSupport;

namespace Vms.Rtsp.Tests.Transport;

public sealed class OutboundQueueTests
{
    [Fact]
    public void TryEnqueue_BeyondMaxItems_IsRefused()
    {
        var queue = new OutboundQueue(new OutboundQueueLimits(3, 1_000_000));
        for (var i = 0; i < 3; i++)
        {
            Assert.True(queue.TryEnqueue(new OutboundItem(new byte[10], 0)));
        }

        Assert.False(queue.TryEnqueue(new OutboundItem(new byte[10], 0)));
        Assert.Equal(3, queue.Count);
        Assert.Equal(3 * 14, queue.Bytes);
    }

    [Fact]
    public void TryEnqueue_BeyondMaxBytes_IsRefusedButALoneLargeItemIsAccepted()
    {
        var queue = new OutboundQueue(new OutboundQueueLimits(100, 100));
        Assert.True(queue.TryEnqueue(new OutboundItem(new byte[500], OutboundItem.Raw)));
        Assert.False(queue.TryEnqueue(new OutboundItem(new byte[1], OutboundItem.Raw)));
        Assert.True(queue.TryDequeue(out var item));
        Assert.Equal(500, item.Data.Length);
        Assert.True(queue.TryEnqueue(new OutboundItem(new byte[60], OutboundItem.Raw)));
        Assert.True(queue.TryEnqueue(new OutboundItem(new byte[40], OutboundItem.Raw)));
        Assert.False(queue.TryEnqueue(new OutboundItem(new byte[1], OutboundItem.Raw)));
    }

    [Fact]
    public async Task WaitToReadAsync_Empty_CompletesWhenAnItemArrives()
    {
        var queue = new OutboundQueue(OutboundQueueLimits.Default);
        var wait = queue.WaitToReadAsync().AsTask();
        Assert.False(wait.IsCompleted);
        queue.TryEnqueue(new OutboundItem(new byte[] { 1 }, 3));
        Assert.True(await wait.WithTimeout());
        Assert.True(queue.TryDequeue(out var item));
        Assert.Equal(3, item.Channel);
    }

    [Fact]
    public async Task Complete_WithItems_DrainsThenReportsFalse()
    {
        var queue = new OutboundQueue(OutboundQueueLimits.Default);
        queue.TryEnqueue(new OutboundItem(new byte[] { 1 }, 0));
        queue.Complete();
        Assert.False(queue.TryEnqueue(new OutboundItem(new byte[] { 2 }, 0)));
        Assert.True(await queue.WaitToReadAsync());
        Assert.True(queue.TryDequeue(out _));
        Assert.False(await queue.WaitToReadAsync());
    }

    [Fact]
    public async Task Complete_WhileConsumerWaits_WakesItWithFalse()
    {
        var queue = new OutboundQueue(OutboundQueueLimits.Default);
        var wait = queue.WaitToReadAsync().AsTask();
        queue.Complete();
        Assert.False(await wait.WithTimeout());
    }

    [Fact]
    public async Task TryEnqueue_ManyProducersOneConsumer_EveryItemArrivesInProducerOrder()
    {
        const int producers = 4;
        const int perProducer = 5000;
        var queue = new OutboundQueue(new OutboundQueueLimits(producers * perProducer, long.MaxValue));
        var next = new int[producers];
        var consumer = Task.Run(async () =>
        {
            var received = 0;
            while (await queue.WaitToReadAsync())
            {
                while (queue.TryDequeue(out var item))
                {
                    var value = BitConverter.ToInt32(item.Data.Span);
                    Assert.Equal(next[item.Channel], value);
                    next[item.Channel]++;
                    received++;
                }
            }

            return received;
        });
        var tasks = Enumerable.Range(0, producers).Select(p => Task.Run(() =>
        {
            for (var i = 0; i < perProducer; i++)
            {
                Assert.True(queue.TryEnqueue(new OutboundItem(BitConverter.GetBytes(i), p)));
            }
        })).ToArray();
        await Task.WhenAll(tasks).WithTimeout();
        queue.Complete();
        Assert.Equal(producers * perProducer, await consumer.WithTimeout());
    }

    [Fact]
    public async Task TryEnqueueMany_WholeAccessUnit_IsQueuedInOrderWithOneWakeUp()
    {
        var queue = new OutboundQueue(new OutboundQueueLimits(10, 1_000_000));
        var wait = queue.WaitToReadAsync().AsTask();
        ReadOnlyMemory<byte>[] packets = [new byte[] { 1 }, new byte[] { 2 }, new byte[] { 3 }];
        Assert.True(queue.TryEnqueueMany(packets, 4));
        Assert.True(await wait.WithTimeout());
        for (var i = 1; i <= 3; i++)
        {
            Assert.True(queue.TryDequeue(out var item));
            Assert.Equal(4, item.Channel);
            Assert.Equal(i, item.Data.Span[0]);
        }
    }

    [Fact]
    public void TryEnqueueMany_MoreThanFits_ReportsFalse()
    {
        var queue = new OutboundQueue(new OutboundQueueLimits(2, 1_000_000));
        ReadOnlyMemory<byte>[] packets = [new byte[1], new byte[1], new byte[1]];
        Assert.False(queue.TryEnqueueMany(packets, 0));
        Assert.Equal(2, queue.Count);
    }
}
