namespace Vms.Simulators.Video.Encoding;

/// <summary>
/// Turns an RBSP into a NAL unit (H.264 §7.3.1): the one-byte header, then the payload with an
/// emulation_prevention_three_byte inserted after every two zero bytes that are followed by a byte ≤ 3,
/// so no start code can appear inside the unit.
/// </summary>
internal static class NalUnitWriter
{
    /// <summary>nal_unit_type values this encoder writes.</summary>
    public const int TypeSliceNonIdr = 1;
    public const int TypeSliceIdr = 5;
    public const int TypeSps = 7;
    public const int TypePps = 8;

    /// <summary>Builds a NAL unit of exactly the right size.</summary>
    public static byte[] Create(int nalRefIdc, int nalUnitType, ReadOnlySpan<byte> rbsp)
    {
        var extra = CountEmulationBytes(rbsp);
        var output = new byte[1 + rbsp.Length + extra];
        output[0] = (byte)((nalRefIdc << 5) | nalUnitType);
        var written = Escape(rbsp, output.AsSpan(1));
        System.Diagnostics.Debug.Assert(written == rbsp.Length + extra, "escape size mismatch");
        return output;
    }

    /// <summary>How many emulation prevention bytes <paramref name="rbsp"/> needs.</summary>
    public static int CountEmulationBytes(ReadOnlySpan<byte> rbsp)
    {
        var count = 0;
        var i = 0;
        while (i < rbsp.Length)
        {
            var z = rbsp[i..].IndexOf((byte)0);
            if (z < 0)
            {
                break;
            }

            i += z + 1;
            if (i < rbsp.Length && rbsp[i] == 0)
            {
                i++;
                if (i < rbsp.Length && rbsp[i] <= 3)
                {
                    count++; // the byte at i starts a fresh zero count after the inserted 0x03
                }
            }
        }

        return count;
    }

    /// <summary>Copies <paramref name="rbsp"/> into <paramref name="destination"/> with emulation prevention; returns bytes written.</summary>
    public static int Escape(ReadOnlySpan<byte> rbsp, Span<byte> destination)
    {
        var i = 0;
        var o = 0;
        while (i < rbsp.Length)
        {
            var z = rbsp[i..].IndexOf((byte)0);
            if (z < 0)
            {
                rbsp[i..].CopyTo(destination[o..]);
                o += rbsp.Length - i;
                break;
            }

            rbsp.Slice(i, z + 1).CopyTo(destination[o..]);
            o += z + 1;
            i += z + 1;
            if (i < rbsp.Length && rbsp[i] == 0)
            {
                destination[o++] = 0;
                i++;
                if (i < rbsp.Length && rbsp[i] <= 3)
                {
                    destination[o++] = 3;
                }
            }
        }

        return o;
    }
}
