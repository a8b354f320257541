using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Vms.Rtsp.Media;
using Vms.Rtsp.Server;

namespace Vms.Rtsp.Tests.Server;

public sealed class PayloadTrackPacketizerTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Packetize_EachPacket_IsPrecededByItsInterleavedHeaderAndTheUnitIsContiguous(int trackIndex)
    {
        var packetizer = new PayloadTrackPacketizer(TestMedia.Video(trackIndex), 96, 1400, TimeProvider.System);
        var packets = new List<ReadOnlyMemory<byte>>();

        packetizer.Packetize(TestMedia.IdrWithParameterSets(0), packets);
        packetizer.Packetize(new AccessUnit(CodecId.H264, [BigNal(0x41, 5000)], 3000, 3000, isKeyframe: false), packets);

        Assert.Equal(2 * trackIndex, packetizer.FramedChannel);
        Assert.True(packets.Count > 4); // the 5000-byte picture went as FU-A fragments
        var end = -1;
        foreach (var packet in packets)
        {
            Assert.True(MemoryMarshal.TryGetArray(packet, out var segment));
            var header = segment.Array.AsSpan(segment.Offset - 4, 4);
            Assert.Equal((byte)'$', header[0]);
            Assert.Equal(2 * trackIndex, header[1]);
            Assert.Equal(packet.Length, BinaryPrimitives.ReadUInt16BigEndian(header[2..]));
            Assert.Equal(2, packet.Span[0] >> 6); // RTP version 2 right after the header
            if (end >= 0)
            {
                Assert.Equal(end, segment.Offset - 4); // frames lie side by side in the slab
            }

            end = segment.Offset + segment.Count;
        }
    }

    private static byte[] BigNal(byte header, int size)
    {
        var nal = new byte[size];
        nal[0] = header;
        return nal;
    }
}
