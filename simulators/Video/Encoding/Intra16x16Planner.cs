using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Vms.Simulators.Video.Rendering;

namespace Vms.Simulators.Video.Encoding;

/// <summary>
/// Finds an exact Intra 16×16 coding for a macroblock, when one exists: a luma prediction (H.264 §8.3.3:
/// vertical, horizontal or DC) that leaves one uniform residual over the 16×16 block, and a chroma
/// prediction (§8.3.4: DC, horizontal or vertical) that leaves a uniform residual inside each 4×4 chroma block
/// of both planes. Flat areas, colour edges and grid lines that continue from the macroblock above (or to the
/// left) qualify; text does not and is sent as I_PCM. Predictions are computed from the picture being coded,
/// which is exactly the decoder's picture because every macroblock reconstructs without loss.
/// </summary>
internal static class Intra16x16Planner
{
    public static bool TryPlan(YuvFrame frame, int mbX, int mbY, bool leftAvailable, bool topAvailable, out Intra16x16Plan plan)
    {
        plan = default;
        if (!TryPlanLuma(frame, mbX, mbY, leftAvailable, topAvailable, ref plan))
        {
            return false;
        }

        Span<int> cb = stackalloc int[4];
        Span<int> cr = stackalloc int[4];
        foreach (var mode in (ReadOnlySpan<IntraMode>)[IntraMode.Dc, IntraMode.Vertical, IntraMode.Horizontal])
        {
            if (TryChromaResidual(frame.U, frame.ChromaStride, mbX, mbY, mode, leftAvailable, topAvailable, cb)
                && TryChromaResidual(frame.V, frame.ChromaStride, mbX, mbY, mode, leftAvailable, topAvailable, cr))
            {
                plan.ChromaMode = mode;
                Span<int> levels = plan.Chroma;
                Hadamard(cb, levels[..4]);
                Hadamard(cr, levels[4..]);
                return true;
            }
        }

        return false;
    }

    /// <summary>The Intra_16x16 DC predictor (§8.3.3.3).</summary>
    public static int LumaDcPrediction(YuvFrame frame, int mbX, int mbY, bool leftAvailable, bool topAvailable)
    {
        var stride = frame.LumaStride;
        var x0 = mbX * 16;
        var y0 = mbY * 16;
        var sumTop = 0;
        var sumLeft = 0;
        if (topAvailable)
        {
            foreach (var v in frame.Y.AsSpan(((y0 - 1) * stride) + x0, 16))
            {
                sumTop += v;
            }
        }

        if (leftAvailable)
        {
            var o = (y0 * stride) + x0 - 1;
            for (var i = 0; i < 16; i++)
            {
                sumLeft += frame.Y[o + (i * stride)];
            }
        }

        return (leftAvailable, topAvailable) switch
        {
            (true, true) => (sumTop + sumLeft + 16) >> 5,
            (true, false) => (sumLeft + 8) >> 4,
            (false, true) => (sumTop + 8) >> 4,
            _ => 128,
        };
    }

    /// <summary>The chroma DC predictor of 4×4 block <paramref name="block"/> (raster order) for 4:2:0 (§8.3.4.1–3).</summary>
    public static int ChromaDcPrediction(byte[] plane, int stride, int mbX, int mbY, int block, bool leftAvailable, bool topAvailable)
    {
        var x0 = mbX * 8;
        var y0 = mbY * 8;
        var bx = (block & 1) * 4;
        var by = (block >> 1) * 4;
        var top = 0;
        var left = 0;
        if (topAvailable)
        {
            var o = ((y0 - 1) * stride) + x0 + bx;
            top = plane[o] + plane[o + 1] + plane[o + 2] + plane[o + 3];
        }

        if (leftAvailable)
        {
            var o = ((y0 + by) * stride) + x0 - 1;
            left = plane[o] + plane[o + stride] + plane[o + (2 * stride)] + plane[o + (3 * stride)];
        }

        // the edges are the four samples above and left of the block itself; blocks 0 and 3 average both,
        // block 1 prefers the top edge and block 2 the left edge
        var preferTop = block == 1;
        var preferLeft = block == 2;
        if ((block is 0 or 3) && topAvailable && leftAvailable)
        {
            return (top + left + 4) >> 3;
        }

        if (topAvailable && !preferLeft)
        {
            return (top + 2) >> 2;
        }

        if (leftAvailable && !preferTop)
        {
            return (left + 2) >> 2;
        }

        if (topAvailable)
        {
            return (top + 2) >> 2;
        }

        return leftAvailable ? (left + 2) >> 2 : 128;
    }

    private static bool TryPlanLuma(YuvFrame frame, int mbX, int mbY, bool leftAvailable, bool topAvailable, ref Intra16x16Plan plan)
    {
        ref var y = ref MemoryMarshal.GetArrayDataReference(frame.Y);
        var stride = (nuint)frame.LumaStride;
        var origin = (nuint)((mbY * 16 * frame.LumaStride) + (mbX * 16));
        var row0 = Vector128.LoadUnsafe(ref y, origin);
        var rowsEqual = true;
        for (nuint j = 1; j < 16 && rowsEqual; j++)
        {
            rowsEqual = Vector128.LoadUnsafe(ref y, origin + (j * stride)) == row0;
        }

        var first = row0.GetElement(0);
        if (rowsEqual && row0 == Vector128.Create(first))
        {
            plan.LumaMode = IntraMode.Dc;
            plan.LumaLevel = 2 * (first - LumaDcPrediction(frame, mbX, mbY, leftAvailable, topAvailable));
            return true;
        }

        if (rowsEqual && topAvailable)
        {
            // row0 − above must be one value; compare in 16 bits so differences of ±256 cannot alias
            var above = Vector128.LoadUnsafe(ref y, origin - stride);
            var (rowLow, rowHigh) = Vector128.Widen(row0);
            var (aboveLow, aboveHigh) = Vector128.Widen(above);
            var d = (short)(first - above.GetElement(0));
            var uniform = Vector128.Create(d);
            if ((rowLow.AsInt16() - aboveLow.AsInt16()) == uniform && (rowHigh.AsInt16() - aboveHigh.AsInt16()) == uniform)
            {
                plan.LumaMode = IntraMode.Vertical;
                plan.LumaLevel = 2 * d;
                return true;
            }
        }

        if (leftAvailable)
        {
            var d = first - Unsafe.Add(ref y, origin - 1);
            for (nuint j = 0; j < 16; j++)
            {
                var o = origin + (j * stride);
                var row = Vector128.LoadUnsafe(ref y, o);
                var value = row.GetElement(0);
                if (row != Vector128.Create(value) || value - Unsafe.Add(ref y, o - 1) != d)
                {
                    return false;
                }
            }

            plan.LumaMode = IntraMode.Horizontal;
            plan.LumaLevel = 2 * d;
            return true;
        }

        return false;
    }

    /// <summary>The uniform residual of each 4×4 block of one chroma plane under <paramref name="mode"/>, or false when one is not uniform.</summary>
    private static bool TryChromaResidual(byte[] plane, int stride, int mbX, int mbY, IntraMode mode, bool leftAvailable, bool topAvailable, Span<int> residual)
    {
        if ((mode == IntraMode.Vertical && !topAvailable) || (mode == IntraMode.Horizontal && !leftAvailable))
        {
            return false;
        }

        ref var p = ref MemoryMarshal.GetArrayDataReference(plane);
        var origin = (mbY * 8 * stride) + (mbX * 8);
        Span<ulong> rows = stackalloc ulong[8];
        for (var j = 0; j < 8; j++)
        {
            rows[j] = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref p, origin + (j * stride)));
        }

        for (var block = 0; block < 4; block++)
        {
            var shift = (block & 1) * 32; // little-endian: the left half of a row is the low 32 bits
            var by = (block >> 1) * 4;
            int d;
            switch (mode)
            {
                case IntraMode.Dc:
                    var v = (byte)(rows[by] >> shift);
                    var pattern = v * 0x01010101u;
                    for (var j = by; j < by + 4; j++)
                    {
                        if ((uint)(rows[j] >> shift) != pattern)
                        {
                            return false;
                        }
                    }

                    d = v - ChromaDcPrediction(plane, stride, mbX, mbY, block, leftAvailable, topAvailable);
                    break;
                case IntraMode.Vertical:
                    var above = (uint)(Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref p, origin - stride)) >> shift);
                    var top = (uint)(rows[by] >> shift);
                    d = (byte)top - (byte)above;
                    for (var j = by; j < by + 4; j++)
                    {
                        var row = (uint)(rows[j] >> shift);
                        for (var i = 0; i < 32; i += 8)
                        {
                            if ((byte)(row >> i) - (byte)(above >> i) != d)
                            {
                                return false;
                            }
                        }
                    }

                    break;
                default:
                    var leftOrigin = origin - 1;
                    d = (byte)(rows[by] >> shift) - plane[leftOrigin + (by * stride)];
                    for (var j = by; j < by + 4; j++)
                    {
                        var row = (uint)(rows[j] >> shift);
                        var left = plane[leftOrigin + (j * stride)];
                        for (var i = 0; i < 32; i += 8)
                        {
                            if ((byte)(row >> i) - left != d)
                            {
                                return false;
                            }
                        }
                    }

                    break;
            }

            residual[block] = d;
        }

        return true;
    }

    /// <summary>c = H·r·H with H the 2×2 Hadamard matrix: the chroma DC levels whose inverse transform is 4·r (§8.5.11).</summary>
    private static void Hadamard(ReadOnlySpan<int> r, Span<int> c)
    {
        c[0] = r[0] + r[1] + r[2] + r[3];
        c[1] = r[0] - r[1] + r[2] - r[3];
        c[2] = r[0] + r[1] - r[2] - r[3];
        c[3] = r[0] - r[1] - r[2] + r[3];
    }
}
