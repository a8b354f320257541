using Vms.Rtsp.Media;

namespace Vms.Storage.Tests.Support;

/// <summary>Parameter sets taken from the committed fixture clips (see Fixtures/README.md).</summary>
internal static class TestParameters
{
    /// <summary>libx264, High profile level 2.2, 640x360 4:2:0 8-bit (contains emulation-prevention bytes).</summary>
    public static readonly byte[] H264Sps = Convert.FromHexString("67640016acb201405ff2e022000003000200000300301e2c5c90");

    public static readonly byte[] H264Pps = Convert.FromHexString("68ebc3cb22c0");

    /// <summary>libx265, Main profile level 2.1, 640x360 4:2:0 8-bit.</summary>
    public static readonly byte[] H265Vps = Convert.FromHexString("40010c01ffff01600000030090000003000003003f928090");

    public static readonly byte[] H265Sps = Convert.FromHexString("42010101600000030090000003000003003fa0050201696592a4932bc05a020000030002000003001810");

    public static readonly byte[] H265Pps = Convert.FromHexString("4401c172b46240");

    /// <summary>AAC-LC, 16 kHz, mono: object type 2, frequency index 8, channel configuration 1.</summary>
    public static readonly byte[] AacConfig = [0x14, 0x08];

    public static H264Parameters H264 => new(H264Sps, H264Pps);

    public static H265Parameters H265 => new(H265Vps, H265Sps, H265Pps);

    public static AacParameters Aac => new(AacConfig, 16000, 1);
}
