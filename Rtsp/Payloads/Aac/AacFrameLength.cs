using Vms.Rtsp.Media;

namespace Vms.Rtsp.Payloads.Aac;

/// <summary>Samples per AAC access unit, from the AudioSpecificConfig (ISO/IEC 14496-3 §1.6.2.1, GASpecificConfig).</summary>
internal static class AacFrameLength
{
    /// <summary>1024, or 960 when the config's frameLengthFlag says so (AAC main/LC/SSR/LTP/scalable).</summary>
    public static int SamplesPerFrame(ReadOnlySpan<byte> audioSpecificConfig)
    {
        var r = new BitReader(audioSpecificConfig);
        var objectType = (int)r.ReadBits(5);
        if (objectType == 31)
        {
            objectType = 32 + (int)r.ReadBits(6);
        }

        if (r.ReadBits(4) == 0xF)
        {
            r.SkipBits(24); // explicit sampling frequency
        }

        r.SkipBits(4); // channelConfiguration
        if (objectType is 1 or 2 or 3 or 4 or 6 or 7 && r.ReadFlag() && !r.HasError)
        {
            return 960;
        }

        return 1024;
    }
}
