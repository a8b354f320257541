using System.Net;
using System.Net.Sockets;

namespace Vms.TestSupport;

/// <summary>Loopback-only helpers: tests bind port 0 on 127.0.0.0/8 and never leave the machine.</summary>
public static class Loopback
{
    public static readonly IPAddress Address = IPAddress.Loopback;

    /// <summary>A TCP port that was free a moment ago (for peers such as ffmpeg that cannot be given port 0).</summary>
    public static int FreeTcpPort()
    {
        using var listener = new TcpListener(Address, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>An even UDP port whose successor is free as well (RTP/RTCP pair).</summary>
    public static int FreeUdpPortPair()
    {
        for (var attempt = 0; attempt < 64; attempt++)
        {
            using var a = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            a.Bind(new IPEndPoint(Address, 0));
            var port = ((IPEndPoint)a.LocalEndPoint!).Port;
            if (port % 2 != 0 || port >= 65534)
            {
                continue;
            }

            try
            {
                using var b = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
                b.Bind(new IPEndPoint(Address, port + 1));
                return port;
            }
            catch (SocketException)
            {
            }
        }

        throw new InvalidOperationException("no free UDP port pair on loopback");
    }
}
