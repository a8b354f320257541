using Vms.Rtsp.Rtcp;

namespace Vms.Rtsp.Server;

public sealed partial class RtspStream
{
    /// <summary>Sender reports fanned out per track every <see cref="RtspStreamOptions.SenderReportInterval"/>.</summary>
    internal long SenderReportsSent { get; private set; }

    private byte[] Serialize(RtcpCompoundPacket compound)
    {
        var bytes = new byte[compound.GetLength()];
        compound.Write(bytes);
        SenderReportsSent++;
        return bytes;
    }
}
