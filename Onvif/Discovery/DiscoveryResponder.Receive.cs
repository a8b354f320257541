using System.Net;
using System.Net.Sockets;

namespace Vms.Onvif.Discovery;

/// <summary>Receiving and matching probes.</summary>
public sealed partial class DiscoveryResponder
{
    private const int RecentProbeCapacity = 1024;
    private readonly Queue<(string, string, string, IPAddress)> _recentOrder = new();
    private readonly HashSet<(string, string, string, IPAddress)> _recent = [];

    private async Task ReceiveLoopAsync(Socket socket, bool multicast, CancellationToken cancellationToken)
    {
        await Task.Yield();
        var buffer = new byte[65_536];
        var any = new IPEndPoint(IPAddress.Any, 0);
        // Bounded by cancellation: StopAsync cancels and disposes the socket.
        while (!cancellationToken.IsCancellationRequested)
        {
            IPEndPoint remote;
            int length;
            var interfaceIndex = -1;
            try
            {
                if (multicast)
                {
                    var r = await socket.ReceiveMessageFromAsync(buffer, SocketFlags.None, any, cancellationToken).ConfigureAwait(false);
                    (remote, length, interfaceIndex) = ((IPEndPoint)r.RemoteEndPoint, r.ReceivedBytes, r.PacketInformation.Interface);
                }
                else
                {
                    var r = await socket.ReceiveFromAsync(buffer, SocketFlags.None, any, cancellationToken).ConfigureAwait(false);
                    (remote, length) = ((IPEndPoint)r.RemoteEndPoint, r.ReceivedBytes);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }
            catch (SocketException ex) when (DiscoverySockets.IsTransient(ex))
            {
                continue;
            }
            catch (SocketException ex)
            {
                if (!cancellationToken.IsCancellationRequested)
                {
                    _logger.ReceiveFailed(SafeLocal(socket), ex);
                }

                return;
            }

            var local = multicast ? null : ((IPEndPoint?)SafeLocal(socket))?.Address;
            Handle(buffer.AsMemory(0, length), remote, multicast, interfaceIndex, local);
        }
    }

    private void Handle(ReadOnlyMemory<byte> datagram, IPEndPoint remote, bool multicast, int interfaceIndex, IPAddress? localAddress)
    {
        DiscoveryMessage message;
        try
        {
            message = DiscoveryMessageReader.Read(datagram);
        }
        catch (DiscoveryFormatException ex)
        {
            _logger.Ignored(remote, ex.Message);
            return; // faulty probes are ignored silently
        }

        switch (message)
        {
            case ProbeMessage probe:
                HandleProbe(probe, remote, multicast, interfaceIndex, localAddress);
                break;
            case ResolveMessage resolve:
                HandleResolve(resolve, remote, multicast, interfaceIndex, localAddress);
                break;
            default:
                break; // our own Hello/Bye looped back, other responders' answers
        }
    }

    private void HandleProbe(ProbeMessage probe, IPEndPoint remote, bool multicast, int interfaceIndex, IPAddress? localAddress)
    {
        if (!ScopeMatcher.IsSupported(probe.MatchBy))
        {
            _logger.UnsupportedRule(probe.MessageId, remote, probe.MatchBy);
            if (!multicast && localAddress is not null)
            {
                ScheduleReply(localAddress, remote, TimeSpan.Zero, DiscoveryMessageWriter.Write(DiscoveryMessageWriter.MatchingRuleNotSupported(probe.MessageId)));
            }

            return;
        }

        var matched = 0;
        foreach (var d in Candidates(multicast, interfaceIndex, localAddress))
        {
            var endpoint = d.Device.ToEndpoint();
            if (!d.Device.Discoverable || !ProbeMatcher.Matches(probe, endpoint) || (multicast && !FirstSighting(probe.MessageId, remote, d)))
            {
                continue;
            }

            matched++;
            var reply = new ProbeMatchesMessage(DiscoveryMessageWriter.NewMessageId(), probe.MessageId, new AppSequence(InstanceId, d.NextMessageNumber()), [endpoint]);
            ScheduleReply(d.Device.Address, remote, multicast ? RandomDelay() : TimeSpan.Zero, DiscoveryMessageWriter.Write(reply));
        }

        _logger.ProbeAnswered(probe.MessageId, remote, matched);
    }

    private void HandleResolve(ResolveMessage resolve, IPEndPoint remote, bool multicast, int interfaceIndex, IPAddress? localAddress)
    {
        foreach (var d in Candidates(multicast, interfaceIndex, localAddress))
        {
            if (d.Device.Discoverable && d.Device.EndpointAddress == resolve.EndpointAddress && (!multicast || FirstSighting(resolve.MessageId, remote, d)))
            {
                var reply = new ResolveMatchesMessage(DiscoveryMessageWriter.NewMessageId(), resolve.MessageId, new AppSequence(InstanceId, d.NextMessageNumber()), d.Device.ToEndpoint());
                ScheduleReply(d.Device.Address, remote, multicast ? RandomDelay() : TimeSpan.Zero, DiscoveryMessageWriter.Write(reply));
            }
        }
    }

    /// <summary>Devices a datagram concerns: those on the arrival interface (multicast) or on the address it was sent to.</summary>
    private DeviceState[] Candidates(bool multicast, int interfaceIndex, IPAddress? localAddress)
    {
        lock (_gate)
        {
            return multicast
                ? [.. _devices.Values.Where(d => d.InterfaceIndex < 0 || interfaceIndex <= 0 || d.InterfaceIndex == interfaceIndex)]
                : [.. _devices.Values.Where(d => d.Device.Address.Equals(localAddress))];
        }
    }

    /// <summary>Clients repeat a multicast Probe with the same MessageID from the same socket; each device answers it
    /// once. The sender is part of the key: some clients (libonvif, used by onvif-util) send one constant MessageID in every run,
    /// so probes of different runs share the id but come from different sockets, and all must be answered.</summary>
    private bool FirstSighting(string messageId, IPEndPoint remote, DeviceState d)
    {
        var key = (messageId, remote.ToString(), d.Device.EndpointAddress, d.Device.Address);
        lock (_gate)
        {
            if (!_recent.Add(key))
            {
                return false;
            }

            _recentOrder.Enqueue(key);
            if (_recentOrder.Count > RecentProbeCapacity)
            {
                _recent.Remove(_recentOrder.Dequeue());
            }

            return true;
        }
    }

    private TimeSpan RandomDelay() => _options.MaxResponseDelay <= TimeSpan.Zero
        ? TimeSpan.Zero
        : TimeSpan.FromTicks(Random.Shared.NextInt64(_options.MaxResponseDelay.Ticks + 1));

    private static EndPoint? SafeLocal(Socket socket)
    {
        try
        {
            return socket.LocalEndPoint;
        }
        catch (ObjectDisposedException)
        {
            return null;
        }
    }
}
