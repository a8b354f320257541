using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Vms.Onvif.Discovery;

/// <summary>Unicast probing for networks where multicast does not reach the cameras.</summary>
public sealed partial class DiscoveryClient
{
    /// <summary>Probes every host of a CIDR range.</summary>
    public Task<IReadOnlyList<DiscoveredDevice>> ProbeUnicastAsync(IpRange range, DiscoveryProbe? probe, IProgress<DiscoveredDevice>? found, CancellationToken cancellationToken) =>
        range.Count > _options.MaxUnicastTargets
            ? throw new ArgumentException($"{range} has {range.Count} hosts; at most {_options.MaxUnicastTargets} are probed", nameof(range))
            : ProbeUnicastAsync(range.Hosts(), probe, found, cancellationToken);

    /// <summary>
    /// Sends a Probe to <c>target:port</c> for each target, at most <see cref="DiscoveryClientOptions.UnicastConcurrency"/>
    /// waiting at once; a target's slot frees on its answer or after <see cref="DiscoveryClientOptions.UnicastTimeout"/>.
    /// </summary>
    public async Task<IReadOnlyList<DiscoveredDevice>> ProbeUnicastAsync(IEnumerable<IPAddress> targets, DiscoveryProbe? probe, IProgress<DiscoveredDevice>? found, CancellationToken cancellationToken)
    {
        var list = targets.Take(_options.MaxUnicastTargets + 1).ToList();
        if (list.Count > _options.MaxUnicastTargets)
        {
            throw new ArgumentException($"more than {_options.MaxUnicastTargets} targets", nameof(targets));
        }

        var message = CreateProbe(probe);
        var datagram = DiscoveryMessageWriter.Write(message);
        var collector = new DiscoveryCollector(_options.MaxDevices, found);
        var waiters = new ConcurrentDictionary<IPAddress, TaskCompletionSource>();
        using var socket = DiscoverySockets.Bind(new IPEndPoint(IPAddress.Any, 0), reuseAddress: false);
        socket.ReceiveBufferSize = DiscoverySockets.ClientReceiveBuffer;
        using var receiving = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var slots = new SemaphoreSlim(Math.Max(1, _options.UnicastConcurrency));
        _logger.UnicastSweep(list.Count, _options.Port);
        var receiver = ReceiveMatchesAsync(socket, new HashSet<string>(StringComparer.Ordinal) { message.MessageId }, collector, a => { if (waiters.TryGetValue(a, out var w)) { w.TrySetResult(); } }, receiving.Token);
        var pending = new List<Task>(list.Count);
        try
        {
            foreach (var target in list)
            {
                await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                var answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                waiters[target] = answered;
                try
                {
                    await socket.SendToAsync(datagram, SocketFlags.None, new IPEndPoint(target, _options.Port), cancellationToken).ConfigureAwait(false);
                }
                catch (SocketException)
                {
                    slots.Release();
                    continue;
                }

                pending.Add(HoldSlotAsync(answered.Task, slots, cancellationToken));
            }

            await Task.WhenAll(pending).ConfigureAwait(false);
        }
        finally
        {
            await receiving.CancelAsync().ConfigureAwait(false);
            await receiver.ConfigureAwait(false);
        }

        var results = collector.Results();
        _logger.Found(results.Count);
        return results;
    }

    private async Task HoldSlotAsync(Task answered, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        try
        {
            await answered.WaitAsync(_options.UnicastTimeout, _time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
        }
        finally
        {
            slots.Release();
        }
    }
}
