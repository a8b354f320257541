using Vms.Rtsp.Media;

namespace Vms.Rtsp.Tests.Server;

/// <summary>Small synthetic H.264 and G.711 units for fan-out tests (NAL headers are real, payloads are not).</summary>
internal static class TestMedia
{
    /// <summary>SPS of a 640x360 Main-profile x264 stream.</summary>
    public static readonly byte[] Sps = [0x67, 0x4D, 0x40, 0x16, 0xD9, 0x00, 0xA0, 0x2F, 0xF9, 0x70, 0x11, 0x00, 0x00, 0x03, 0x00, 0x01, 0x00, 0x00, 0x03, 0x00, 0x18, 0x0F, 0x16, 0x2E, 0x48];

    /// <summary>SPS of a 320x240 Main-profile x264 stream.</summary>
    public static readonly byte[] SmallSps = [0x67, 0x4D, 0x40, 0x0C, 0xD9, 0x01, 0x41, 0xFB, 0x01, 0x10, 0x00, 0x00, 0x03, 0x00, 0x10, 0x00, 0x00, 0x03, 0x01, 0x80, 0xF1, 0x42, 0xA4, 0x80];

    public static readonly byte[] Pps = [0x68, 0xEB, 0xC3, 0xCB, 0x20];

    public static MediaTrack Video(int index = 0) => new(index, new H264Parameters(Sps, Pps));

    public static MediaTrack Audio(int index = 1) => new(index, new G711Parameters(ALaw: false));

    /// <summary>An IDR picture without parameter sets (as many cameras send when the SDP carries them).</summary>
    public static AccessUnit Idr(long pts, int size = 100) =>
        new(CodecId.H264, [Nal(0x65, size)], pts, pts, isKeyframe: true);

    /// <summary>An IDR picture preceded by its parameter sets.</summary>
    public static AccessUnit IdrWithParameterSets(long pts, byte[]? sps = null) =>
        new(CodecId.H264, [sps ?? Sps, Pps, Nal(0x65, 100)], pts, pts, isKeyframe: true);

    public static AccessUnit P(long pts, int size = 50) =>
        new(CodecId.H264, [Nal(0x41, size)], pts, pts, isKeyframe: false);

    public static AccessUnit AudioFrame(long pts) =>
        new(CodecId.Pcmu, [new byte[160]], pts, pts, isKeyframe: true);

    private static byte[] Nal(byte header, int size)
    {
        var nal = new byte[size];
        nal[0] = header;
        return nal;
    }
}
