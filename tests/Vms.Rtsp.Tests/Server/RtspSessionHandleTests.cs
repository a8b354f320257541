using Vms.Rtsp.Messages;
using Vms.Rtsp.Server;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Rtsp.Tests.Server;

public sealed class RtspSessionHandleTests(ITestOutputHelper output)
{
    private const string Tcp = "RTP/AVP/TCP;unicast";

    [Fact]
    public async Task Close_PlayingInterleavedSession_ClosesTheConnectionAndRunsTheEndCallbackWithTheReason()
    {
        await using var h = await ServerHarness.StartAsync(output);
        var stream = h.AddLive("cam");
        await using var c = h.Connect();
        await c.RequestAsync(RtspMethod.Setup, "/cam/trackID=0", (RtspHeaderNames.Transport, Tcp)).WithTimeout();
        await c.RequestAsync(RtspMethod.Play, "/cam").WithTimeout();
        await c.ReadInterleavedAsync(5).WithTimeout();

        var bound = Assert.Single(h.Resolver.Requests, r => r.Action == RtspAction.Play);
        var handle = Assert.IsType<RtspSessionHandle>(bound.Session);
        Assert.Equal(c.Session, handle.Id);
        var callbackReason = new TaskCompletionSource<(string Reason, int Sessions, int Viewers)>(TaskCreationOptions.RunContinuationsAsynchronously);
        Assert.True(handle.OnEnded(reason =>
        {
            callbackReason.TrySetResult((reason, h.Server.SessionCount, stream.ViewerCount));
            return ValueTask.CompletedTask;
        }));

        var ended = h.NextSessionEnd();
        handle.Close("right ended at 20:00");
        await c.ReadUntilClosedAsync().WithTimeout();
        Assert.Equal("right ended at 20:00", await ended.WithTimeout());
        var (seen, sessions, viewers) = await callbackReason.Task.WithTimeout();
        Assert.Equal("right ended at 20:00", seen);
        Assert.Equal(0, sessions); // the callback runs once the session has released everything
        Assert.Equal(0, viewers);

        // the session is gone for good: no callback can be added, closing again changes nothing
        Assert.False(handle.OnEnded(_ => ValueTask.CompletedTask));
        handle.Close("again");
        Assert.Equal(0, h.Server.SessionCount);
    }

    [Fact]
    public async Task OnEnded_SessionTornDown_CallbackRunsBeforeThe200AndAFailingCallbackDoesNotStopTheOthers()
    {
        await using var h = await ServerHarness.StartAsync(output);
        h.AddLive("cam");
        await using var c = h.Connect();
        await c.RequestAsync(RtspMethod.Setup, "/cam/trackID=0", (RtspHeaderNames.Transport, Tcp)).WithTimeout();
        var handle = Assert.Single(h.Resolver.Requests, r => r.Action == RtspAction.Play).Session!;
        var order = new List<string>();
        Assert.True(handle.OnEnded(_ => throw new InvalidOperationException("broken callback")));
        Assert.True(handle.OnEnded(reason =>
        {
            lock (order)
            {
                order.Add("callback " + reason);
            }

            return ValueTask.CompletedTask;
        }));

        var response = await c.RequestAsync(RtspMethod.Teardown, "/cam").WithTimeout();
        lock (order)
        {
            order.Add("response " + response.StatusCode);
            Assert.Equal(["callback TEARDOWN", "response 200"], order);
        }

        Assert.Contains(h.Errors.Entries, e => e.StartsWith("2295 ", StringComparison.Ordinal) && e.Contains("broken callback", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Describe_HasNoSessionHandle()
    {
        await using var h = await ServerHarness.StartAsync(output);
        h.AddLive("cam");
        await using var c = h.Connect();
        Assert.Equal(200, (await c.RequestAsync(RtspMethod.Describe, "/cam").WithTimeout()).StatusCode);
        Assert.Null(Assert.Single(h.Resolver.Requests).Session);
    }
}
