using Vms.Simulators.Video.Rendering;

namespace Vms.Simulators.Video.Encoding;

/// <summary>
/// The DC intra predictions a decoder forms (H.264 §8.3.3.3 Intra_16x16 DC, §8.3.4.1–3 chroma DC for 4:2:0),
/// computed from the picture being coded. That picture is exactly what the decoder holds (every macroblock
/// this encoder codes reconstructs without loss), so the prediction here equals the decoder's.
/// </summary>
internal static class IntraDcPredictor
{
    /// <summary>The Intra_16x16 DC predictor of a macroblock.</summary>
    public static int Luma16x16(YuvFrame frame, int mbX, int mbY, bool leftAvailable, bool topAvailable)
    {
        var stride = frame.LumaStride;
        var x0 = mbX * 16;
        var y0 = mbY * 16;
        var sumTop = 0;
        var sumLeft = 0;
        if (topAvailable)
        {
            var row = frame.Y.AsSpan(((y0 - 1) * stride) + x0, 16);
            for (var i = 0; i < 16; i++)
            {
                sumTop += row[i];
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

    /// <summary>
    /// The four chroma DC predictors of a macroblock's 8×8 chroma block, one per 4×4 block in raster order
    /// (0 top-left, 1 top-right, 2 bottom-left, 3 bottom-right).
    /// </summary>
    public static void Chroma(byte[] plane, int stride, int mbX, int mbY, bool leftAvailable, bool topAvailable, Span<int> predictions)
    {
        var x0 = mbX * 8;
        var y0 = mbY * 8;
        int top0 = 0, top1 = 0, left0 = 0, left1 = 0;
        if (topAvailable)
        {
            var o = ((y0 - 1) * stride) + x0;
            top0 = plane[o] + plane[o + 1] + plane[o + 2] + plane[o + 3];
            top1 = plane[o + 4] + plane[o + 5] + plane[o + 6] + plane[o + 7];
        }

        if (leftAvailable)
        {
            var o = (y0 * stride) + x0 - 1;
            left0 = plane[o] + plane[o + stride] + plane[o + (2 * stride)] + plane[o + (3 * stride)];
            var o4 = o + (4 * stride);
            left1 = plane[o4] + plane[o4 + stride] + plane[o4 + (2 * stride)] + plane[o4 + (3 * stride)];
        }

        // blocks 0 and 3 use both edges; block 1 prefers the top edge, block 2 the left edge
        predictions[0] = Both(top0, left0, topAvailable, leftAvailable);
        predictions[1] = Preferring(top1, left0, topAvailable, leftAvailable);
        predictions[2] = Preferring(left1, top0, leftAvailable, topAvailable);
        predictions[3] = Both(top1, left1, topAvailable, leftAvailable);
    }

    private static int Both(int top, int left, bool topAvailable, bool leftAvailable) => (topAvailable, leftAvailable) switch
    {
        (true, true) => (top + left + 4) >> 3,
        (false, true) => (left + 2) >> 2,
        (true, false) => (top + 2) >> 2,
        _ => 128,
    };

    private static int Preferring(int preferred, int other, bool preferredAvailable, bool otherAvailable) =>
        preferredAvailable ? (preferred + 2) >> 2 : otherAvailable ? (other + 2) >> 2 : 128;
}
