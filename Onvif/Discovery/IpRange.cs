using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Vms.Onvif.Discovery;

/// <summary>An IPv4 CIDR range (<c>10.0.0.0/24</c>) for unicast probing of networks without multicast.</summary>
public sealed record IpRange(IPAddress Network, int PrefixLength)
{
    public static IpRange Parse(string cidr)
    {
        var slash = cidr.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || !IPAddress.TryParse(cidr[..slash], out var address) || address.AddressFamily != AddressFamily.InterNetwork ||
            !int.TryParse(cidr[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var prefix) || prefix > 32)
        {
            throw new FormatException($"'{cidr}' is not an IPv4 CIDR range");
        }

        var mask = prefix == 0 ? 0u : uint.MaxValue << (32 - prefix);
        return new IpRange(FromUInt32(DiscoverySockets.ToUInt32(address) & mask), prefix);
    }

    /// <summary>Number of host addresses <see cref="Hosts"/> yields.</summary>
    public long Count => PrefixLength >= 31 ? 1L << (32 - PrefixLength) : (1L << (32 - PrefixLength)) - 2;

    /// <summary>The host addresses (network and broadcast excluded below /31).</summary>
    public IEnumerable<IPAddress> Hosts()
    {
        var first = DiscoverySockets.ToUInt32(Network);
        var size = 1L << (32 - PrefixLength);
        var (start, end) = PrefixLength >= 31 ? (0L, size) : (1L, size - 1);
        for (var i = start; i < end; i++)
        {
            yield return FromUInt32((uint)(first + i));
        }
    }

    public override string ToString() => $"{Network}/{PrefixLength}";

    private static IPAddress FromUInt32(uint v) => new([(byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v]);
}
