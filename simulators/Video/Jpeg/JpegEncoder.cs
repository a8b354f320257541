using System.Buffers.Binary;
using Vms.Simulators.Video.Rendering;

namespace Vms.Simulators.Video.Jpeg;

/// <summary>
/// Baseline sequential JPEG (ITU-T T.81, JFIF 1.01) of a <see cref="YuvFrame"/>: 4:2:0 YCbCr in 16×16 MCUs,
/// the Annex K quantization and Huffman tables, a separable floating-point DCT. The studio-range samples
/// of the video picture are stretched to the full range JFIF expects.
/// </summary>
internal static class JpegEncoder
{
    private static readonly JpegHuffmanTable DcLuma = new(JpegTables.DcLuminanceBits, JpegTables.DcValues);
    private static readonly JpegHuffmanTable AcLuma = new(JpegTables.AcLuminanceBits, JpegTables.AcLuminanceValues);
    private static readonly JpegHuffmanTable DcChroma = new(JpegTables.DcChrominanceBits, JpegTables.DcValues);
    private static readonly JpegHuffmanTable AcChroma = new(JpegTables.AcChrominanceBits, JpegTables.AcChrominanceValues);

    // cos((2x + 1)uπ/16) · C(u)/2 with C(0) = 1/√2: the orthonormal 8-point DCT-II basis
    private static readonly float[] Basis = BuildBasis();

    public static byte[] Encode(YuvFrame frame, int quality)
    {
        var lumaQ = JpegTables.Scale(JpegTables.LuminanceQuantization, quality);
        var chromaQ = JpegTables.Scale(JpegTables.ChrominanceQuantization, quality);
        using var output = new MemoryStream((frame.Width * frame.Height / 4) + 1024);
        WriteHeaders(output, frame.Width, frame.Height, lumaQ, chromaQ);

        var writer = new JpegBitWriter(output);
        Span<float> block = stackalloc float[64];
        Span<int> quantized = stackalloc int[64];
        int dcY = 0, dcCb = 0, dcCr = 0;
        for (var mbY = 0; mbY < frame.HeightInMbs; mbY++)
        {
            for (var mbX = 0; mbX < frame.WidthInMbs; mbX++)
            {
                for (var b = 0; b < 4; b++)
                {
                    var x = (mbX * 16) + ((b & 1) * 8);
                    var y = (mbY * 16) + ((b >> 1) * 8);
                    Load(frame.Y, frame.LumaStride, x, y, luma: true, block);
                    Transform(block, lumaQ, quantized);
                    dcY = WriteBlock(writer, quantized, dcY, DcLuma, AcLuma);
                }

                Load(frame.U, frame.ChromaStride, mbX * 8, mbY * 8, luma: false, block);
                Transform(block, chromaQ, quantized);
                dcCb = WriteBlock(writer, quantized, dcCb, DcChroma, AcChroma);
                Load(frame.V, frame.ChromaStride, mbX * 8, mbY * 8, luma: false, block);
                Transform(block, chromaQ, quantized);
                dcCr = WriteBlock(writer, quantized, dcCr, DcChroma, AcChroma);
            }
        }

        writer.Flush();
        output.Write([0xFF, 0xD9]); // EOI
        return output.ToArray();
    }

    /// <summary>An 8×8 block, converted from studio to full range and level-shifted to −128..127.</summary>
    private static void Load(byte[] plane, int stride, int x0, int y0, bool luma, Span<float> block)
    {
        for (var y = 0; y < 8; y++)
        {
            var row = plane.AsSpan(((y0 + y) * stride) + x0, 8);
            for (var x = 0; x < 8; x++)
            {
                float full = luma ? (row[x] - 16) * (255f / 219f) : ((row[x] - 128) * (255f / 224f)) + 128;
                block[(y * 8) + x] = Math.Clamp(full, 0, 255) - 128;
            }
        }
    }

    /// <summary>2-D DCT (rows then columns) and quantization, natural order.</summary>
    private static void Transform(Span<float> block, byte[] quantization, Span<int> quantized)
    {
        Span<float> rows = stackalloc float[64];
        for (var y = 0; y < 8; y++)
        {
            for (var u = 0; u < 8; u++)
            {
                var sum = 0f;
                for (var x = 0; x < 8; x++)
                {
                    sum += Basis[(u * 8) + x] * block[(y * 8) + x];
                }

                rows[(y * 8) + u] = sum;
            }
        }

        for (var v = 0; v < 8; v++)
        {
            for (var u = 0; u < 8; u++)
            {
                var sum = 0f;
                for (var y = 0; y < 8; y++)
                {
                    sum += Basis[(v * 8) + y] * rows[(y * 8) + u];
                }

                var k = (v * 8) + u;
                quantized[k] = Math.Clamp((int)MathF.Round(sum / quantization[k]), -1023, 1023);
            }
        }
    }

    /// <summary>Huffman-codes one quantized block (F.1.2); returns its DC for the next difference.</summary>
    private static int WriteBlock(JpegBitWriter writer, ReadOnlySpan<int> quantized, int previousDc, JpegHuffmanTable dc, JpegHuffmanTable ac)
    {
        var zigzag = JpegTables.ZigZag;
        var diff = quantized[0] - previousDc;
        var size = Magnitude(diff);
        dc.Write(writer, (byte)size);
        WriteValue(writer, diff, size);

        var run = 0;
        for (var k = 1; k < 64; k++)
        {
            var value = quantized[zigzag[k]];
            if (value == 0)
            {
                run++;
                continue;
            }

            while (run > 15)
            {
                ac.Write(writer, 0xF0); // ZRL: sixteen zeros
                run -= 16;
            }

            size = Magnitude(value);
            ac.Write(writer, (byte)((run << 4) | size));
            WriteValue(writer, value, size);
            run = 0;
        }

        if (run > 0)
        {
            ac.Write(writer, 0x00); // EOB
        }

        return quantized[0];
    }

    /// <summary>The category (bit count) of a value: 0 for 0, else ⌊log2 |v|⌋ + 1.</summary>
    private static int Magnitude(int value) => value == 0 ? 0 : 32 - int.LeadingZeroCount(Math.Abs(value));

    /// <summary>The additional bits: the value itself, or for a negative value its ones' complement (F.1.2.1).</summary>
    private static void WriteValue(JpegBitWriter writer, int value, int size)
    {
        if (size > 0)
        {
            writer.WriteBits(value < 0 ? value - 1 : value, size);
        }
    }

    private static void WriteHeaders(Stream output, int width, int height, byte[] lumaQ, byte[] chromaQ)
    {
        output.Write([0xFF, 0xD8]); // SOI
        Segment(output, 0xE0, [(byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]); // JFIF 1.01, 1:1 aspect

        var dqt = new byte[130];
        dqt[0] = 0x00;
        dqt[65] = 0x01;
        for (var k = 0; k < 64; k++)
        {
            dqt[1 + k] = lumaQ[JpegTables.ZigZag[k]];
            dqt[66 + k] = chromaQ[JpegTables.ZigZag[k]];
        }

        Segment(output, 0xDB, dqt);

        var sof = new byte[15];
        sof[0] = 8; // sample precision
        BinaryPrimitives.WriteUInt16BigEndian(sof.AsSpan(1), (ushort)height);
        BinaryPrimitives.WriteUInt16BigEndian(sof.AsSpan(3), (ushort)width);
        sof[5] = 3;
        sof[6..15].AsSpan().Clear();
        byte[] components = [1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]; // Y 2×2 table 0; Cb, Cr 1×1 table 1
        components.CopyTo(sof, 6);
        Segment(output, 0xC0, sof);

        using var dht = new MemoryStream();
        foreach (var (id, table) in new[] { (0x00, DcLuma), (0x10, AcLuma), (0x01, DcChroma), (0x11, AcChroma) })
        {
            dht.WriteByte((byte)id);
            dht.Write(table.Bits);
            dht.Write(table.Values);
        }

        Segment(output, 0xC4, dht.ToArray());
        Segment(output, 0xDA, [3, 1, 0x00, 2, 0x11, 3, 0x11, 0, 63, 0]); // all three components, full spectrum
    }

    private static void Segment(Stream output, byte marker, ReadOnlySpan<byte> payload)
    {
        output.WriteByte(0xFF);
        output.WriteByte(marker);
        output.WriteByte((byte)((payload.Length + 2) >> 8));
        output.WriteByte((byte)(payload.Length + 2));
        output.Write(payload);
    }

    private static float[] BuildBasis()
    {
        var basis = new float[64];
        for (var u = 0; u < 8; u++)
        {
            var c = u == 0 ? 1 / Math.Sqrt(2) : 1;
            for (var x = 0; x < 8; x++)
            {
                basis[(u * 8) + x] = (float)(c / 2 * Math.Cos(((2 * x) + 1) * u * Math.PI / 16));
            }
        }

        return basis;
    }
}
