using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace Vms.Onvif.Discovery;

/// <summary>UDP socket plumbing shared by the responder and the client.</summary>
internal static class DiscoverySockets
{
    public static Socket Bind(IPEndPoint endPoint, bool reuseAddress)
    {
        var socket = new Socket(endPoint.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        try
        {
            if (reuseAddress)
            {
                socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            }

            socket.Bind(endPoint);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Room for a burst of datagrams (hundreds of cameras answering one probe within 500 ms, or
    /// announcing themselves at once).</summary>
    public const int ClientReceiveBuffer = 1024 * 1024;

    /// <summary>
    /// A socket that receives the group's datagrams on <paramref name="port"/>: bound to the group address on Linux
    /// (so unicast traffic to the port stays with the address sockets), to Any elsewhere.
    /// </summary>
    public static Socket BindMulticast(IPAddress group, int port)
    {
        var bindAddress = OperatingSystem.IsLinux() ? group : IPAddress.Any;
        var socket = Bind(new IPEndPoint(bindAddress, port), reuseAddress: true);
        socket.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.PacketInformation, true);
        socket.ReceiveBufferSize = ClientReceiveBuffer; // Hello storms of co-hosted devices must not crowd out probes
        return socket;
    }

    /// <summary>Joins <paramref name="group"/> on the interface owning <paramref name="interfaceAddress"/>; false if
    /// that interface has already joined (several addresses on one interface).</summary>
    public static bool Join(Socket socket, IPAddress group, IPAddress interfaceAddress)
    {
        try
        {
            socket.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.AddMembership, new MulticastOption(group, interfaceAddress));
            return true;
        }
        catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            return false;
        }
    }

    /// <summary>Sends multicast through the interface of <paramref name="interfaceAddress"/> (IP_MULTICAST_IF), looped back locally.</summary>
    public static void SetMulticastSender(Socket socket, IPAddress interfaceAddress, int ttl)
    {
        socket.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.MulticastInterface, interfaceAddress.GetAddressBytes());
        socket.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.MulticastLoopback, true);
        socket.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.MulticastTimeToLive, ttl);
    }

    /// <summary>The IPv4 subnets of the local interfaces with their index (read once by callers that look up many addresses).</summary>
    public static IReadOnlyList<(int Index, IPAddress Address, int PrefixLength)> InterfaceTable()
    {
        var table = new List<(int, IPAddress, int)>();
        try
        {
            foreach (var nic in NetworkInterface.GetAllNetworkInterfaces())
            {
                var props = nic.GetIPProperties();
                var index = props.GetIPv4Properties()?.Index ?? -1;
                table.AddRange(props.UnicastAddresses
                    .Where(u => u.Address.AddressFamily == AddressFamily.InterNetwork)
                    .Select(u => (index, u.Address, u.PrefixLength)));
            }
        }
        catch (NetworkInformationException)
        {
        }

        return table;
    }

    /// <summary>The index of the interface whose IPv4 subnet holds <paramref name="address"/>, or -1.</summary>
    public static int InterfaceIndexOf(IReadOnlyList<(int Index, IPAddress Address, int PrefixLength)> table, IPAddress address)
    {
        foreach (var (index, local, prefix) in table)
        {
            if (SameSubnet(local, address, prefix))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>The IPv4 addresses of interfaces that are up (loopback included when <paramref name="includeLoopback"/>).</summary>
    public static IReadOnlyList<IPAddress> LocalIPv4Addresses(bool includeLoopback)
    {
        var result = new List<IPAddress>();
        foreach (var nic in NetworkInterface.GetAllNetworkInterfaces())
        {
            var loopback = nic.NetworkInterfaceType == NetworkInterfaceType.Loopback;
            if ((loopback && !includeLoopback) || (!loopback && nic.OperationalStatus != OperationalStatus.Up))
            {
                continue;
            }

            result.AddRange(nic.GetIPProperties().UnicastAddresses
                .Where(u => u.Address.AddressFamily == AddressFamily.InterNetwork)
                .Select(u => u.Address));
        }

        return result;
    }

    private static bool SameSubnet(IPAddress a, IPAddress b, int prefixLength)
    {
        if (b.AddressFamily != AddressFamily.InterNetwork || prefixLength is < 0 or > 32)
        {
            return false;
        }

        var mask = prefixLength == 0 ? 0u : uint.MaxValue << (32 - prefixLength);
        return (ToUInt32(a) & mask) == (ToUInt32(b) & mask);
    }

    internal static uint ToUInt32(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        return ((uint)bytes[0] << 24) | ((uint)bytes[1] << 16) | ((uint)bytes[2] << 8) | bytes[3];
    }

    /// <summary>True for the transient errors a UDP socket reports after an ICMP port unreachable.</summary>
    public static bool IsTransient(SocketException ex) =>
        ex.SocketErrorCode is SocketError.ConnectionReset or SocketError.ConnectionRefused or SocketError.HostUnreachable or SocketError.NetworkUnreachable;
}
