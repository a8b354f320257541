using System.Net;
using System.Net.Sockets;

namespace Vms.Simulators.Fleet;

/// <summary>An inclusive IPv4 range written <c>127.0.1.1-127.0.1.250</c> (at most <see cref="FleetOptions.MaxCameras"/> addresses).</summary>
public sealed record AddressRange(IPAddress First, IPAddress Last)
{
    public int Count => (int)(ToUInt(Last) - ToUInt(First) + 1);

    /// <summary>Parses <c>A-B</c> (IPv4, A ≤ B, no more than <see cref="FleetOptions.MaxCameras"/> addresses); throws <see cref="FormatException"/>.</summary>
    public static AddressRange Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0 || dash == text.Length - 1)
        {
            throw new FormatException($"address range '{Clip(text)}' must look like 127.0.1.1-127.0.1.250");
        }

        var first = ParseV4(text[..dash].Trim(), text);
        var last = ParseV4(text[(dash + 1)..].Trim(), text);
        if (ToUInt(last) < ToUInt(first))
        {
            throw new FormatException($"address range '{Clip(text)}' ends before it starts");
        }

        if (ToUInt(last) - ToUInt(first) + 1 > FleetOptions.MaxCameras)
        {
            throw new FormatException($"address range '{Clip(text)}' has more than {FleetOptions.MaxCameras} addresses");
        }

        return new AddressRange(first, last);
    }

    /// <summary>The first <paramref name="count"/> addresses of the range, in order.</summary>
    public IReadOnlyList<IPAddress> Take(int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, Count);
        var start = ToUInt(First);
        return [.. Enumerable.Range(0, count).Select(i => FromUInt(start + (uint)i))];
    }

    public override string ToString() => $"{First}-{Last}";

    private static IPAddress ParseV4(string part, string whole)
    {
        // IPAddress.TryParse accepts shorthand such as "127.1"; a range wants four dotted numbers
        if (part.Count(c => c == '.') != 3 || !IPAddress.TryParse(part, out var address) || address.AddressFamily != AddressFamily.InterNetwork)
        {
            throw new FormatException($"address range '{Clip(whole)}': '{Clip(part)}' is not an IPv4 address");
        }

        return address;
    }

    private static uint ToUInt(IPAddress address)
    {
        var b = address.GetAddressBytes();
        return ((uint)b[0] << 24) | ((uint)b[1] << 16) | ((uint)b[2] << 8) | b[3];
    }

    private static IPAddress FromUInt(uint value) =>
        new([(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value]);

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
