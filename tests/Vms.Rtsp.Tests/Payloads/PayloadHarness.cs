using Vms.Rtsp.Media;
using Vms.Rtsp.Payloads;
using Vms.Rtsp.Rtp;

namespace Vms.Rtsp.Tests.Payloads;

/// <summary>Runs access units through a packetizer into real RTP packets and back through a depacketizer.</summary>
internal static class PayloadHarness
{
    public static readonly DateTimeOffset T0 = new(2026, 7, 1, 10, 0, 0, TimeSpan.Zero);

    /// <summary>RTP packets for the access units; the RTP timestamp is the access unit's PTS (mod 2³²).</summary>
    public static List<byte[]> Packetize(IRtpPacketizer packetizer, IEnumerable<AccessUnit> accessUnits, ushort firstSequence = 1000, byte payloadType = 96)
    {
        var packets = new List<byte[]>();
        var seq = firstSequence;
        var buffer = new byte[packetizer.MaxPayloadSize];
        foreach (var au in accessUnits)
        {
            packetizer.Begin(au);
            while (packetizer.TryWriteNext(buffer, out var info))
            {
                Assert.InRange(info.Length, 0, packetizer.MaxPayloadSize);
                var header = new RtpHeader(info.Marker, payloadType, seq++, unchecked((uint)(au.Pts + info.TimestampOffset)), 0x1234_5678);
                var packet = new byte[RtpHeader.FixedLength + info.Length];
                RtpPacketWriter.Write(packet, header, buffer.AsSpan(0, info.Length));
                packets.Add(packet);
            }
        }

        return packets;
    }

    /// <summary>Feeds packets in order; <paramref name="lose"/> picks packet indexes to drop (sequence gaps).</summary>
    public static List<AccessUnit> Depacketize(IRtpDepacketizer depacketizer, IReadOnlyList<byte[]> packets, Func<int, bool>? lose = null, bool flush = true)
    {
        var output = new List<AccessUnit>();
        var lost = 0;
        for (var i = 0; i < packets.Count; i++)
        {
            if (lose?.Invoke(i) == true)
            {
                lost++;
                continue;
            }

            Assert.True(RtpPacket.TryParse(packets[i], out var packet));
            depacketizer.Push(packet, lost, T0.AddMilliseconds(i), output);
            lost = 0;
        }

        if (flush)
        {
            depacketizer.Flush(output);
        }

        return output;
    }

    public static byte[] Packet(bool marker, ushort seq, uint timestamp, params byte[] payload)
    {
        var packet = new byte[RtpHeader.FixedLength + payload.Length];
        RtpPacketWriter.Write(packet, new RtpHeader(marker, 96, seq, timestamp, 1), payload);
        return packet;
    }

    public static void AssertSameNalUnits(IReadOnlyList<ReadOnlyMemory<byte>> expected, IReadOnlyList<ReadOnlyMemory<byte>> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(expected[i].Span.SequenceEqual(actual[i].Span), $"NAL unit {i} differs ({expected[i].Length} vs {actual[i].Length} bytes)");
        }
    }

    /// <summary>A NAL unit of <paramref name="size"/> bytes with the given header bytes and seeded random content.</summary>
    public static byte[] Nal(Random random, int size, params byte[] header)
    {
        var nal = new byte[Math.Max(size, header.Length)];
        random.NextBytes(nal);
        header.CopyTo(nal, 0);
        return nal;
    }
}
