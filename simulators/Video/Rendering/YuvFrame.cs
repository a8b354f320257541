using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Vms.Simulators.Video.Rendering;

/// <summary>
/// A planar YUV 4:2:0 picture at its coded size (whole macroblocks). The visible picture is the top-left
/// <see cref="Width"/> × <see cref="Height"/>; the rest is coded and cropped away by the decoder.
/// </summary>
internal sealed class YuvFrame
{
    public YuvFrame(int width, int height)
    {
        if (width < 2 || height < 2 || (width & 1) != 0 || (height & 1) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(width), $"{width}x{height}: 4:2:0 needs even, non-zero dimensions");
        }

        Width = width;
        Height = height;
        WidthInMbs = (width + 15) / 16;
        HeightInMbs = (height + 15) / 16;
        Y = new byte[LumaStride * CodedHeight];
        U = new byte[ChromaStride * (CodedHeight / 2)];
        V = new byte[ChromaStride * (CodedHeight / 2)];
    }

    public int Width { get; }

    public int Height { get; }

    public int WidthInMbs { get; }

    public int HeightInMbs { get; }

    public int CodedWidth => WidthInMbs * 16;

    public int CodedHeight => HeightInMbs * 16;

    public int LumaStride => CodedWidth;

    public int ChromaStride => CodedWidth / 2;

    public byte[] Y { get; }

    public byte[] U { get; }

    public byte[] V { get; }

    /// <summary>Fills a luma rectangle and the chroma samples whose centre lies inside it.</summary>
    public void Fill(PixelRect rect, YuvColor color)
    {
        var r = rect.Intersect(new PixelRect(0, 0, CodedWidth, CodedHeight));
        if (r.IsEmpty)
        {
            return;
        }

        for (var y = r.Y; y < r.Bottom; y++)
        {
            Y.AsSpan((y * LumaStride) + r.X, r.Width).Fill(color.Y);
        }

        var cx0 = r.X / 2;
        var cx1 = r.Right / 2;
        var cy0 = r.Y / 2;
        var cy1 = r.Bottom / 2;
        if (cx1 <= cx0)
        {
            return;
        }

        for (var cy = cy0; cy < cy1; cy++)
        {
            U.AsSpan((cy * ChromaStride) + cx0, cx1 - cx0).Fill(color.U);
            V.AsSpan((cy * ChromaStride) + cx0, cx1 - cx0).Fill(color.V);
        }
    }

    /// <summary>Fills luma only (text is drawn on neutral boxes whose chroma is already right).</summary>
    public void FillLuma(PixelRect rect, byte luma)
    {
        var r = rect.Intersect(new PixelRect(0, 0, CodedWidth, CodedHeight));
        for (var y = r.Y; y < r.Bottom; y++)
        {
            Y.AsSpan((y * LumaStride) + r.X, r.Width).Fill(luma);
        }
    }

    /// <summary>Copies macroblock (<paramref name="mbX"/>, <paramref name="mbY"/>) from a frame of the same size.</summary>
    public void CopyMacroblockFrom(YuvFrame source, int mbX, int mbY)
    {
        CheckMacroblock(mbX, mbY);
        if (source.LumaStride != LumaStride || source.Y.Length != Y.Length)
        {
            throw new ArgumentException("frames differ in size", nameof(source));
        }

        var lumaOffset = (nuint)((mbY * 16 * LumaStride) + (mbX * 16));
        ref var srcY = ref MemoryMarshal.GetArrayDataReference(source.Y);
        ref var dstY = ref MemoryMarshal.GetArrayDataReference(Y);
        for (nuint row = 0; row < 16; row++)
        {
            var o = lumaOffset + (row * (nuint)LumaStride);
            Vector128.LoadUnsafe(ref srcY, o).StoreUnsafe(ref dstY, o);
        }

        var chromaOffset = (nuint)((mbY * 8 * ChromaStride) + (mbX * 8));
        ref var srcU = ref MemoryMarshal.GetArrayDataReference(source.U);
        ref var srcV = ref MemoryMarshal.GetArrayDataReference(source.V);
        ref var dstU = ref MemoryMarshal.GetArrayDataReference(U);
        ref var dstV = ref MemoryMarshal.GetArrayDataReference(V);
        for (nuint row = 0; row < 8; row++)
        {
            var o = chromaOffset + (row * (nuint)ChromaStride);
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref dstU, o), Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref srcU, o)));
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref dstV, o), Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref srcV, o)));
        }
    }

    /// <summary>Copies a macroblock's samples in I_PCM order (256 luma, 64 Cb, 64 Cr, each raster) into <paramref name="destination"/>.</summary>
    public void ReadMacroblock(int mbX, int mbY, Span<byte> destination)
    {
        CheckMacroblock(mbX, mbY);
        if (destination.Length < 384)
        {
            throw new ArgumentException("a macroblock is 384 samples", nameof(destination));
        }

        ref var dst = ref MemoryMarshal.GetReference(destination);
        var lumaOffset = (nuint)((mbY * 16 * LumaStride) + (mbX * 16));
        ref var srcY = ref MemoryMarshal.GetArrayDataReference(Y);
        for (nuint row = 0; row < 16; row++)
        {
            Vector128.LoadUnsafe(ref srcY, lumaOffset + (row * (nuint)LumaStride)).StoreUnsafe(ref dst, row * 16);
        }

        var chromaOffset = (nuint)((mbY * 8 * ChromaStride) + (mbX * 8));
        ref var srcU = ref MemoryMarshal.GetArrayDataReference(U);
        ref var srcV = ref MemoryMarshal.GetArrayDataReference(V);
        for (nuint row = 0; row < 8; row++)
        {
            var o = chromaOffset + (row * (nuint)ChromaStride);
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref dst, 256 + (row * 8)), Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref srcU, o)));
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref dst, 320 + (row * 8)), Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref srcV, o)));
        }
    }

    private void CheckMacroblock(int mbX, int mbY)
    {
        if ((uint)mbX >= (uint)WidthInMbs || (uint)mbY >= (uint)HeightInMbs)
        {
            throw new ArgumentOutOfRangeException(nameof(mbX), $"macroblock ({mbX}, {mbY}) is outside a {WidthInMbs}x{HeightInMbs} picture");
        }
    }

    /// <summary>The visible picture as packed I420 (Y, then U, then V, no padding), as a decoder outputs it.</summary>
    public byte[] ToI420()
    {
        var cw = Width / 2;
        var ch = Height / 2;
        var output = new byte[(Width * Height) + (2 * cw * ch)];
        for (var y = 0; y < Height; y++)
        {
            Y.AsSpan(y * LumaStride, Width).CopyTo(output.AsSpan(y * Width));
        }

        var uBase = Width * Height;
        var vBase = uBase + (cw * ch);
        for (var y = 0; y < ch; y++)
        {
            U.AsSpan(y * ChromaStride, cw).CopyTo(output.AsSpan(uBase + (y * cw)));
            V.AsSpan(y * ChromaStride, cw).CopyTo(output.AsSpan(vBase + (y * cw)));
        }

        return output;
    }
}
