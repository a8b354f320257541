namespace Vms.Rtsp.Media;

/// <summary>
/// H.264/H.265 emulation prevention (H.264 §7.4.1, H.265 §7.4.2): inside a NAL unit, every <c>00 00</c> followed by a
/// byte ≤ 3 is written <c>00 00 03 xx</c> so no start code can appear. <see cref="Remove(ReadOnlySpan{byte}, Span{byte})"/>
/// turns a NAL unit into its RBSP (raw payload); <see cref="Insert(ReadOnlySpan{byte}, Span{byte})"/> does the reverse.
/// </summary>
public static class EmulationPrevention
{
    /// <summary>
    /// Copies <paramref name="nal"/> into <paramref name="rbsp"/> without its emulation prevention bytes; returns the
    /// bytes written. <paramref name="rbsp"/> needs at most <c>nal.Length</c> bytes.
    /// </summary>
    public static int Remove(ReadOnlySpan<byte> nal, Span<byte> rbsp)
    {
        if (rbsp.Length < nal.Length)
        {
            throw new ArgumentException("the destination is shorter than the source", nameof(rbsp));
        }

        var written = 0;
        var zeros = 0;
        for (var i = 0; i < nal.Length; i++)
        {
            var b = nal[i];
            if (zeros >= 2 && b == 3)
            {
                // emulation_prevention_three_byte: dropped, and it resets the zero count
                zeros = 0;
                continue;
            }

            rbsp[written++] = b;
            zeros = b == 0 ? zeros + 1 : 0;
        }

        return written;
    }

    /// <summary>A new array holding the RBSP of <paramref name="nal"/>.</summary>
    public static byte[] Remove(ReadOnlySpan<byte> nal)
    {
        if (!ContainsEscape(nal))
        {
            return nal.ToArray();
        }

        var buffer = new byte[nal.Length];
        var n = Remove(nal, buffer);
        return buffer.AsSpan(0, n).ToArray();
    }

    /// <summary>True when <paramref name="nal"/> holds at least one emulation prevention byte.</summary>
    public static bool ContainsEscape(ReadOnlySpan<byte> nal)
    {
        var zeros = 0;
        for (var i = 0; i < nal.Length; i++)
        {
            var b = nal[i];
            if (zeros >= 2 && b == 3)
            {
                return true;
            }

            zeros = b == 0 ? zeros + 1 : 0;
        }

        return false;
    }

    /// <summary>The size <see cref="Insert(ReadOnlySpan{byte}, Span{byte})"/> writes for <paramref name="rbsp"/>.</summary>
    public static int InsertedLength(ReadOnlySpan<byte> rbsp)
    {
        var length = rbsp.Length;
        var zeros = 0;
        for (var i = 0; i < rbsp.Length; i++)
        {
            var b = rbsp[i];
            if (zeros >= 2 && b <= 3)
            {
                length++;
                zeros = 0;
            }

            zeros = b == 0 ? zeros + 1 : 0;
        }

        return zeros >= 2 ? length + 1 : length;
    }

    /// <summary>
    /// Copies <paramref name="rbsp"/> into <paramref name="nal"/>, inserting <c>03</c> after every <c>00 00</c> that
    /// is followed by a byte ≤ 3; returns the bytes written (<see cref="InsertedLength"/>).
    /// </summary>
    /// <remarks>An RBSP that ends in <c>00 00</c> (only cabac_zero_words do) gets a final <c>03</c>, as H.264
    /// §7.4.1 requires, so the NAL unit does not end with a zero byte.</remarks>
    public static int Insert(ReadOnlySpan<byte> rbsp, Span<byte> nal)
    {
        var written = 0;
        var zeros = 0;
        for (var i = 0; i < rbsp.Length; i++)
        {
            var b = rbsp[i];
            if (zeros >= 2 && b <= 3)
            {
                nal[written++] = 3;
                zeros = 0;
            }

            nal[written++] = b;
            zeros = b == 0 ? zeros + 1 : 0;
        }

        if (zeros >= 2)
        {
            nal[written++] = 3;
        }

        return written;
    }

    /// <summary>A new array holding <paramref name="rbsp"/> with emulation prevention bytes inserted.</summary>
    public static byte[] Insert(ReadOnlySpan<byte> rbsp)
    {
        var output = new byte[InsertedLength(rbsp)];
        Insert(rbsp, output);
        return output;
    }
}
