using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;

namespace Vms.Onvif.Discovery;

/// <summary>Hello/Bye listening, for cameras that come and go.</summary>
public sealed partial class DiscoveryClient
{
    /// <summary>
    /// Joins the group on every chosen interface (port shared with SO_REUSEADDR) and yields each Hello and Bye
    /// heard, until <paramref name="cancellationToken"/> is cancelled (the sequence then simply ends).
    /// </summary>
    public async IAsyncEnumerable<DiscoveryAnnouncement> ListenAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var socket = DiscoverySockets.BindMulticast(_options.MulticastGroup, _options.Port);
        socket.ReceiveBufferSize = DiscoverySockets.ClientReceiveBuffer;
        foreach (var address in Interfaces())
        {
            DiscoverySockets.Join(socket, _options.MulticastGroup, address);
        }

        var buffer = new byte[65_536];
        while (!cancellationToken.IsCancellationRequested)
        {
            var (length, remote) = await ReceiveOneAsync(socket, buffer, cancellationToken).ConfigureAwait(false);
            if (remote is null)
            {
                yield break;
            }

            var announcement = Parse(buffer.AsMemory(0, length), remote);
            if (announcement is not null)
            {
                yield return announcement;
            }
        }
    }

    private static async Task<(int Length, IPEndPoint? Remote)> ReceiveOneAsync(Socket socket, byte[] buffer, CancellationToken cancellationToken)
    {
        // Bounded: only transient ICMP errors loop.
        while (true)
        {
            try
            {
                var r = await socket.ReceiveFromAsync(buffer, SocketFlags.None, new IPEndPoint(IPAddress.Any, 0), cancellationToken).ConfigureAwait(false);
                return (r.ReceivedBytes, (IPEndPoint)r.RemoteEndPoint);
            }
            catch (OperationCanceledException)
            {
                return (0, null);
            }
            catch (ObjectDisposedException)
            {
                return (0, null);
            }
            catch (SocketException ex) when (DiscoverySockets.IsTransient(ex) && !cancellationToken.IsCancellationRequested)
            {
            }
        }
    }

    private DiscoveryAnnouncement? Parse(ReadOnlyMemory<byte> datagram, IPEndPoint remote)
    {
        try
        {
            return DiscoveryMessageReader.Read(datagram) switch
            {
                HelloMessage h => new DiscoveryAnnouncement(DiscoveryAnnouncementKind.Hello, h.Endpoint.EndpointAddress, h.Endpoint, h.AppSequence, remote),
                ByeMessage b => new DiscoveryAnnouncement(DiscoveryAnnouncementKind.Bye, b.EndpointAddress, null, b.AppSequence, remote),
                _ => null,
            };
        }
        catch (DiscoveryFormatException ex)
        {
            _logger.IgnoredAnswer(remote, ex.Message);
            return null;
        }
    }
}
