using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Vms.Onvif.Discovery;

/// <summary>Delayed answers and announcements. Every answer is a tracked task awaited by <see cref="StopAsync"/>.</summary>
public sealed partial class DiscoveryResponder
{
    private readonly ConcurrentDictionary<long, Task> _pending = new();
    private long _nextReplyId;

    private void ScheduleReply(IPAddress from, IPEndPoint to, TimeSpan delay, byte[] datagram)
    {
        if (_pending.Count >= _options.MaxPendingReplies)
        {
            _logger.ReplyDropped(to);
            return;
        }

        var id = Interlocked.Increment(ref _nextReplyId);
        _pending[id] = ReplyAsync(id, from, to, delay, datagram, _stop.Token);
    }

    private async Task ReplyAsync(long id, IPAddress from, IPEndPoint to, TimeSpan delay, byte[] datagram, CancellationToken cancellationToken)
    {
        try
        {
            // the timer is created before the first await, so the delay counts from the Probe's arrival
            var wait = delay > TimeSpan.Zero ? Task.Delay(delay, _time, cancellationToken) : Task.CompletedTask;
            await Task.Yield();
            await wait.ConfigureAwait(false);

            await SendFromAsync(from, to, datagram, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    private Task HelloAsync(DeviceState d, CancellationToken cancellationToken)
    {
        if (!d.Device.Discoverable)
        {
            return Task.CompletedTask;
        }

        var hello = new HelloMessage(DiscoveryMessageWriter.NewMessageId(), new AppSequence(InstanceId, d.NextMessageNumber()), d.Device.ToEndpoint());
        _logger.Announced("Hello", d.Device.EndpointAddress, d.Device.Address);
        return SendFromAsync(d.Device.Address, new IPEndPoint(_options.MulticastGroup, Port), DiscoveryMessageWriter.Write(hello), cancellationToken);
    }

    private Task ByeAsync(DeviceState d, CancellationToken cancellationToken)
    {
        if (!d.Device.Discoverable)
        {
            return Task.CompletedTask;
        }

        var bye = new ByeMessage(DiscoveryMessageWriter.NewMessageId(), new AppSequence(InstanceId, d.NextMessageNumber()), d.Device.EndpointAddress);
        _logger.Announced("Bye", d.Device.EndpointAddress, d.Device.Address);
        return SendFromAsync(d.Device.Address, new IPEndPoint(_options.MulticastGroup, Port), DiscoveryMessageWriter.Write(bye), cancellationToken);
    }

    private async Task SendFromAsync(IPAddress from, IPEndPoint to, byte[] datagram, CancellationToken cancellationToken)
    {
        Socket? socket;
        lock (_gate)
        {
            socket = _sockets.TryGetValue(from, out var s) ? s.Socket : null;
        }

        if (socket is null)
        {
            return;
        }

        try
        {
            await socket.SendToAsync(datagram, SocketFlags.None, to, cancellationToken).ConfigureAwait(false);
        }
        catch (SocketException ex)
        {
            _logger.SendFailed(to, ex);
        }
        catch (ObjectDisposedException)
        {
            // stopping
        }
    }
}
