using System.Buffers.Binary;
using System.Text;

namespace Vms.Rtsp.Rtcp;

/// <summary>SDES (RFC 3550 §6.5): items (CNAME first of all) describing one or more sources.</summary>
public sealed record RtcpSourceDescription(IReadOnlyList<RtcpSdesChunk> Chunks) : RtcpPacket
{
    /// <summary>An SDES with one chunk holding only a CNAME.</summary>
    public static RtcpSourceDescription ForCanonicalName(uint ssrc, string cname) =>
        new([new RtcpSdesChunk(ssrc, [new RtcpSdesItem(RtcpSdesItemType.CanonicalName, cname)])]);

    public override RtcpPacketType PacketType => RtcpPacketType.SourceDescription;

    public override int GetLength()
    {
        var length = HeaderLength;
        foreach (var chunk in Chunks)
        {
            length += ChunkLength(chunk);
        }

        return length;
    }

    public override int Write(Span<byte> destination)
    {
        var length = GetLength();
        WriteHeader(destination, Chunks.Count, PacketType, length);
        var pos = HeaderLength;
        foreach (var chunk in Chunks)
        {
            var start = pos;
            BinaryPrimitives.WriteUInt32BigEndian(destination[pos..], chunk.Ssrc);
            pos += 4;
            foreach (var item in chunk.Items)
            {
                destination[pos] = (byte)item.Type;
                var n = Encoding.UTF8.GetBytes(item.Text, destination[(pos + 2)..]);
                destination[pos + 1] = (byte)n;
                pos += 2 + n;
            }

            // the END item and zero padding up to the 32-bit boundary
            var end = start + ChunkLength(chunk);
            destination[pos..end].Clear();
            pos = end;
        }

        return length;
    }

    private static int ChunkLength(RtcpSdesChunk chunk)
    {
        var length = 4;
        foreach (var item in chunk.Items)
        {
            if (item.Type == RtcpSdesItemType.End)
            {
                throw new InvalidOperationException("the END item is written by the chunk itself");
            }

            var n = Encoding.UTF8.GetByteCount(item.Text);
            if (n > 255)
            {
                throw new InvalidOperationException($"SDES {item.Type} is {n} bytes, at most 255");
            }

            length += 2 + n;
        }

        return (length + 4) & ~3; // at least one zero byte (END), padded to 4
    }

    internal static RtcpSourceDescription? Read(ReadOnlySpan<byte> body, int count)
    {
        var chunks = new List<RtcpSdesChunk>(count);
        var pos = 0;
        for (var c = 0; c < count; c++)
        {
            if (pos + 4 > body.Length)
            {
                return null;
            }

            var ssrc = BinaryPrimitives.ReadUInt32BigEndian(body[pos..]);
            pos += 4;
            var items = new List<RtcpSdesItem>();

            // items until END (type 0) or, leniently, the end of the packet
            while (pos < body.Length && body[pos] != 0)
            {
                if (pos + 2 > body.Length || pos + 2 + body[pos + 1] > body.Length)
                {
                    return null;
                }

                var text = Encoding.UTF8.GetString(body.Slice(pos + 2, body[pos + 1]));
                items.Add(new RtcpSdesItem((RtcpSdesItemType)body[pos], text));
                pos += 2 + body[pos + 1];
            }

            // skip the END byte and the padding to the next 32-bit boundary
            pos = Math.Min(body.Length, (pos + 4) & ~3);
            chunks.Add(new RtcpSdesChunk(ssrc, items));
        }

        return new RtcpSourceDescription(chunks);
    }
}
