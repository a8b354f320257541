namespace Vms.Simulators.Video.Encoding;

/// <summary>
/// CAVLC residual_block() writer (H.264 §7.3.5.3.2, §9.2): coeff_token, trailing-one signs, levels,
/// total_zeros and run_before. It carries the code tables this encoder needs: the whole chroma DC table
/// (nC = −1, 4:2:0) and, for 4×4-sized blocks (nC ≥ 0), blocks of at most one coefficient, which is what the
/// DC-only Intra 16×16 macroblocks produce. Anything else is refused rather than coded wrongly.
/// </summary>
internal static class CavlcWriter
{
    // coeff_token for nC = −1 (Table 9-5, last column), indexed [TotalCoeff][TrailingOnes]: (code, length)
    private static readonly (uint Code, int Length)[,] ChromaDcToken =
    {
        { (0b01, 2), (0, 0), (0, 0), (0, 0) },
        { (0b000111, 6), (0b1, 1), (0, 0), (0, 0) },
        { (0b000100, 6), (0b000110, 6), (0b001, 3), (0, 0) },
        { (0b000011, 6), (0b0000011, 7), (0b0000010, 7), (0b000101, 6) },
        { (0b000010, 6), (0b00000011, 8), (0b00000010, 8), (0b0000000, 7) },
    };

    // coeff_token for nC ≥ 0 and TotalCoeff ≤ 1, indexed [nC class][(TotalCoeff, TrailingOnes) = (0,0), (1,0), (1,1)]
    private static readonly (uint Code, int Length)[,] SmallBlockToken =
    {
        { (0b1, 1), (0b000101, 6), (0b01, 2) }, // 0 ≤ nC < 2
        { (0b11, 2), (0b001011, 6), (0b10, 2) }, // 2 ≤ nC < 4
        { (0b1111, 4), (0b001111, 6), (0b1110, 4) }, // 4 ≤ nC < 8
        { (0b000011, 6), (0b000000, 6), (0b000001, 6) }, // 8 ≤ nC: 6-bit fixed length
    };

    // total_zeros for chroma DC 4:2:0 (Table 9-9a), indexed [TotalCoeff − 1][total_zeros]
    private static readonly (uint Code, int Length)[][] ChromaDcTotalZeros =
    [
        [(0b1, 1), (0b01, 2), (0b001, 3), (0b000, 3)],
        [(0b1, 1), (0b01, 2), (0b00, 2)],
        [(0b1, 1), (0b0, 1)],
    ];

    // run_before (Table 9-10) for zerosLeft 1..3 (a chroma DC block has at most 3 zeros), indexed [zerosLeft − 1][run_before]
    private static readonly (uint Code, int Length)[][] RunBefore =
    [
        [(0b1, 1), (0b0, 1)],
        [(0b1, 1), (0b01, 2), (0b00, 2)],
        [(0b11, 2), (0b10, 2), (0b01, 2), (0b00, 2)],
    ];

    /// <summary>
    /// A 16-coefficient block (Intra16x16DCLevel) whose only possible non-zero coefficient is at scan position 0.
    /// </summary>
    public static void WriteSingleCoefficientBlock(BitWriter w, int level, int nC)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nC);
        var nClass = nC < 2 ? 0 : nC < 4 ? 1 : nC < 8 ? 2 : 3;
        if (level == 0)
        {
            Write(w, SmallBlockToken[nClass, 0]);
            return;
        }

        var trailingOne = Math.Abs(level) == 1;
        Write(w, SmallBlockToken[nClass, trailingOne ? 2 : 1]);
        if (trailingOne)
        {
            w.WriteBit(level < 0);
        }
        else
        {
            var suffixLength = 0;
            WriteLevel(w, level, ref suffixLength, firstAfterFewerThanThreeTrailingOnes: true);
        }

        // TotalCoeff 1 < maxNumCoeff 16: total_zeros = 0 (Table 9-7, tzVlcIndex 1) is the single bit 1
        w.WriteBits(1, 1);
    }

    /// <summary>A chroma DC block for 4:2:0 (ChromaDCLevel, four coefficients, nC = −1).</summary>
    public static void WriteChromaDcBlock(BitWriter w, ReadOnlySpan<int> coefficients)
    {
        if (coefficients.Length != 4)
        {
            throw new ArgumentException("a 4:2:0 chroma DC block has four coefficients", nameof(coefficients));
        }

        // non-zero levels in reverse scan order, with their scan positions
        Span<int> levels = stackalloc int[4];
        Span<int> positions = stackalloc int[4];
        var total = 0;
        for (var i = 3; i >= 0; i--)
        {
            if (coefficients[i] != 0)
            {
                levels[total] = coefficients[i];
                positions[total] = i;
                total++;
            }
        }

        if (total == 0)
        {
            Write(w, ChromaDcToken[0, 0]);
            return;
        }

        var trailingOnes = 0;
        while (trailingOnes < total && trailingOnes < 3 && Math.Abs(levels[trailingOnes]) == 1)
        {
            trailingOnes++;
        }

        Write(w, ChromaDcToken[total, trailingOnes]);
        for (var i = 0; i < trailingOnes; i++)
        {
            w.WriteBit(levels[i] < 0); // trailing_ones_sign_flag
        }

        var suffixLength = 0; // TotalCoeff ≤ 10
        for (var i = trailingOnes; i < total; i++)
        {
            WriteLevel(w, levels[i], ref suffixLength, firstAfterFewerThanThreeTrailingOnes: i == trailingOnes && trailingOnes < 3);
        }

        var totalZeros = positions[0] + 1 - total;
        if (total < 4)
        {
            Write(w, ChromaDcTotalZeros[total - 1][totalZeros]);
        }

        var zerosLeft = totalZeros;
        for (var i = 0; i < total - 1 && zerosLeft > 0; i++)
        {
            var run = positions[i] - positions[i + 1] - 1;
            Write(w, RunBefore[zerosLeft - 1][run]);
            zerosLeft -= run;
        }
    }

    /// <summary>level_prefix / level_suffix for one level (§9.2.2.1), updating suffixLength as the decoder will.</summary>
    internal static void WriteLevel(BitWriter w, int level, ref int suffixLength, bool firstAfterFewerThanThreeTrailingOnes)
    {
        if (level == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "only non-zero levels are coded");
        }

        var levelCode = level > 0 ? (2 * level) - 2 : (-2 * level) - 1;
        if (firstAfterFewerThanThreeTrailingOnes)
        {
            levelCode -= 2; // this level cannot be ±1, so its magnitude is coded less one
        }

        if (suffixLength == 0)
        {
            if (levelCode < 14)
            {
                w.WriteBits(1, levelCode + 1); // level_prefix = levelCode, no suffix
            }
            else if (levelCode < 30)
            {
                w.WriteBits(1, 15); // level_prefix 14, 4-bit suffix
                w.WriteBits((uint)(levelCode - 14), 4);
            }
            else
            {
                WriteEscape(w, levelCode - 30);
            }
        }
        else if (levelCode < (15 << suffixLength))
        {
            w.WriteBits(1, (levelCode >> suffixLength) + 1);
            w.WriteBits((uint)(levelCode & ((1 << suffixLength) - 1)), suffixLength);
        }
        else
        {
            WriteEscape(w, levelCode - (15 << suffixLength));
        }

        if (suffixLength == 0)
        {
            suffixLength = 1;
        }

        if (Math.Abs(level) > (3 << (suffixLength - 1)) && suffixLength < 6)
        {
            suffixLength++;
        }
    }

    private static void WriteEscape(BitWriter w, int suffix)
    {
        if ((uint)suffix >= 4096)
        {
            throw new ArgumentOutOfRangeException(nameof(suffix), suffix, "level too large for level_prefix 15 (Baseline/Main)");
        }

        w.WriteBits(1, 16); // level_prefix 15
        w.WriteBits((uint)suffix, 12);
    }

    private static void Write(BitWriter w, (uint Code, int Length) vlc) => w.WriteBits(vlc.Code, vlc.Length);
}
