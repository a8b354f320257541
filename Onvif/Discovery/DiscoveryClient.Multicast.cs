using System.Net;
using System.Net.Sockets;

namespace Vms.Onvif.Discovery;

/// <summary>Multicast probing.</summary>
public sealed partial class DiscoveryClient
{
    /// <summary>
    /// Sends a Probe (repeated <see cref="DiscoveryClientOptions.ProbeRepeats"/> times, each with its own MessageID so
    /// devices that already answered answer again if their first answer was lost) to the multicast group from every interface and collects the
    /// answers for <see cref="DiscoveryClientOptions.ProbeTimeout"/>. <paramref name="found"/> hears each new device
    /// as soon as it answers.
    /// </summary>
    public async Task<IReadOnlyList<DiscoveredDevice>> ProbeAsync(DiscoveryProbe? probe, IProgress<DiscoveredDevice>? found, CancellationToken cancellationToken)
    {
        var probes = Enumerable.Range(0, Math.Max(1, _options.ProbeRepeats)).Select(_ => CreateProbe(probe)).ToArray();
        var ids = probes.Select(p => p.MessageId).ToHashSet(StringComparer.Ordinal);
        var datagrams = probes.Select(DiscoveryMessageWriter.Write).ToArray();
        var collector = new DiscoveryCollector(_options.MaxDevices, found);
        using var window = new CancellationTokenSource(_options.ProbeTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, window.Token);
        var sockets = new List<Socket>();
        var tasks = new List<Task>();
        try
        {
            foreach (var address in Interfaces())
            {
                Socket socket;
                try
                {
                    socket = DiscoverySockets.Bind(new IPEndPoint(address, 0), reuseAddress: false);
                    sockets.Add(socket);
                    socket.ReceiveBufferSize = DiscoverySockets.ClientReceiveBuffer;
                    DiscoverySockets.SetMulticastSender(socket, address, _options.MulticastTimeToLive);
                }
                catch (SocketException ex)
                {
                    _logger.InterfaceFailed(address, ex);
                    continue;
                }

                _logger.Probing(_options.MulticastGroup, _options.Port, address);
                tasks.Add(ReceiveMatchesAsync(socket, ids, collector, null, linked.Token));
                tasks.Add(SendRepeatedAsync(socket, datagrams, linked.Token));
            }

            await Task.WhenAll(tasks).ConfigureAwait(false);
        }
        finally
        {
            foreach (var s in sockets)
            {
                s.Dispose();
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var results = collector.Results();
        _logger.Found(results.Count);
        return results;
    }

    private async Task SendRepeatedAsync(Socket socket, byte[][] datagrams, CancellationToken cancellationToken)
    {
        var target = new IPEndPoint(_options.MulticastGroup, _options.Port);
        try
        {
            for (var i = 0; i < datagrams.Length; i++)
            {
                if (i > 0)
                {
                    await Task.Delay(_options.ProbeRepeatInterval, _time, cancellationToken).ConfigureAwait(false);
                }

                await socket.SendToAsync(datagrams[i], SocketFlags.None, target, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (SocketException ex)
        {
            _logger.InterfaceFailed(((IPEndPoint?)socket.LocalEndPoint)?.Address ?? IPAddress.None, ex);
        }
    }
}
