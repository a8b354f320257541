using System.Buffers.Binary;
using System.Numerics;

namespace Vms.Storage.Fmp4;

/// <summary>CRC-32C (Castagnoli), as used by the fragment check box; hardware-accelerated where available.</summary>
internal static class Crc32C
{
    public const uint Initial = 0xFFFF_FFFF;

    /// <summary>Continues a running CRC (start with <see cref="Initial"/>, finish with <see cref="Finish"/>).</summary>
    public static uint Append(uint crc, ReadOnlySpan<byte> data)
    {
        while (data.Length >= 8)
        {
            crc = BitOperations.Crc32C(crc, BinaryPrimitives.ReadUInt64LittleEndian(data));
            data = data[8..];
        }

        foreach (var b in data)
        {
            crc = BitOperations.Crc32C(crc, b);
        }

        return crc;
    }

    public static uint Finish(uint crc) => ~crc;

    public static uint Compute(ReadOnlySpan<byte> data) => Finish(Append(Initial, data));
}
