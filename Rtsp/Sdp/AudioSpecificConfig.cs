namespace Vms.Rtsp.Sdp;

/// <summary>The fields of an MPEG-4 AudioSpecificConfig (ISO/IEC 14496-3 §1.6.2.1) that the SDP mapping needs.</summary>
internal static class AudioSpecificConfig
{
    private static readonly int[] Frequencies = [96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350];

    /// <summary>Reads object type, sampling rate and channel configuration; false when too short or reserved.</summary>
    public static bool TryRead(ReadOnlySpan<byte> config, out int objectType, out int sampleRate, out int channels)
    {
        objectType = sampleRate = channels = 0;

        // the fields needed span at most 43 bits: load the first 8 bytes as one big-endian number
        ulong bits = 0;
        var length = Math.Min(config.Length, 8);
        for (var i = 0; i < 8; i++)
        {
            bits = (bits << 8) | (i < length ? config[i] : 0u);
        }

        var totalBits = length * 8;
        var used = 0;
        int Take(int n)
        {
            var value = (int)((bits >> (64 - used - n)) & ((1UL << n) - 1));
            used += n;
            return value;
        }

        objectType = Take(5);
        if (objectType == 31)
        {
            objectType = 32 + Take(6);
        }

        var index = Take(4);
        if (index == 15)
        {
            sampleRate = Take(24);
        }
        else if (index < Frequencies.Length)
        {
            sampleRate = Frequencies[index];
        }
        else
        {
            return false;
        }

        channels = Take(4);
        return used <= totalBits && sampleRate > 0;
    }

    /// <summary>A two-byte AAC-LC config for a rate in the standard table (null otherwise).</summary>
    public static byte[]? CreateLowComplexity(int sampleRate, int channels)
    {
        var index = Array.IndexOf(Frequencies, sampleRate);
        if (index < 0 || channels is < 1 or > 7)
        {
            return null;
        }

        var value = (2 << 11) | (index << 7) | (channels << 3);
        return [(byte)(value >> 8), (byte)value];
    }
}
