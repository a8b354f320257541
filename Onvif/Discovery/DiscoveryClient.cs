using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Vms.Onvif.Discovery;

/// <summary>
/// The client (VMS) side of WS-Discovery: multicast Probe from every chosen interface (loopback included on
/// request), unicast Probe of an address list or CIDR range with bounded concurrency for networks without
/// multicast, and a Hello/Bye listener. Answers are de-duplicated by endpoint address with XAddrs merged.
/// </summary>
public sealed partial class DiscoveryClient
{
    private readonly DiscoveryClientOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public DiscoveryClient(DiscoveryClientOptions options, TimeProvider time, ILogger<DiscoveryClient>? logger = null)
    {
        _options = options;
        _time = time;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    private IReadOnlyList<IPAddress> Interfaces() => _options.InterfaceAddresses.Count > 0
        ? _options.InterfaceAddresses
        : DiscoverySockets.LocalIPv4Addresses(_options.IncludeLoopback);

    private static ProbeMessage CreateProbe(DiscoveryProbe? probe)
    {
        probe ??= DiscoveryProbe.NetworkVideoTransmitters;
        return new ProbeMessage(DiscoveryMessageWriter.NewMessageId(), probe.Types, probe.Scopes, probe.MatchBy);
    }

    /// <summary>Receives answers to one of <paramref name="messageIds"/> until cancelled; a ProbeMatches without RelatesTo is
    /// accepted too (some devices omit it).</summary>
    private async Task ReceiveMatchesAsync(Socket socket, HashSet<string> messageIds, DiscoveryCollector collector, Action<IPAddress>? answered, CancellationToken cancellationToken)
    {
        var buffer = new byte[65_536];
        var any = new IPEndPoint(IPAddress.Any, 0);
        while (!cancellationToken.IsCancellationRequested)
        {
            SocketReceiveFromResult r;
            try
            {
                r = await socket.ReceiveFromAsync(buffer, SocketFlags.None, any, cancellationToken).ConfigureAwait(false);
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
                continue; // ICMP port unreachable from a silent unicast target
            }

            var remote = (IPEndPoint)r.RemoteEndPoint;
            try
            {
                if (DiscoveryMessageReader.Read(buffer.AsMemory(0, r.ReceivedBytes)) is ProbeMatchesMessage matches &&
                    (matches.RelatesTo is null || messageIds.Contains(matches.RelatesTo)))
                {
                    foreach (var m in matches.Matches)
                    {
                        collector.Add(m, remote);
                    }

                    answered?.Invoke(remote.Address);
                }
            }
            catch (DiscoveryFormatException ex)
            {
                _logger.IgnoredAnswer(remote, ex.Message);
            }
        }
    }
}
