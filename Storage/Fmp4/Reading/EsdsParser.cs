namespace Vms.Storage.Fmp4.Reading;

/// <summary>Finds the AudioSpecificConfig in an <c>esds</c> box (ISO/IEC 14496-1 §7.2.6 descriptors).</summary>
internal static class EsdsParser
{
    private static readonly int[] SamplingFrequencies =
        [96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350];

    /// <summary>The AudioSpecificConfig, or an empty array when the descriptor carries none (some muxers write the
    /// moov before they know it).</summary>
    public static byte[] AudioSpecificConfig(ReadOnlySpan<byte> payload, long offset)
    {
        var f = new FieldReader(payload, offset, BoxType.Esds);
        f.FullBox();
        // ES_Descriptor
        if (f.U8() != 0x03)
        {
            throw f.Error("esds does not start with an ES_Descriptor");
        }

        ReadLength(ref f);
        f.Skip(2);
        var esFlags = f.U8();
        if ((esFlags & 0x80) != 0)
        {
            f.Skip(2); // dependsOn_ES_ID
        }

        if ((esFlags & 0x40) != 0)
        {
            f.Skip(f.U8()); // URL
        }

        if ((esFlags & 0x20) != 0)
        {
            f.Skip(2); // OCR_ES_Id
        }

        if (f.U8() != 0x04)
        {
            throw f.Error("ES_Descriptor has no DecoderConfigDescriptor");
        }

        var configLength = ReadLength(ref f);
        f.Skip(13);
        if (configLength <= 13 || f.Remaining == 0 || f.U8() != 0x05)
        {
            return [];
        }

        var length = ReadLength(ref f);
        if (length is 0 or > 64)
        {
            throw f.Error($"AudioSpecificConfig of {length} bytes");
        }

        return f.Bytes(length).ToArray();
    }

    /// <summary>An AAC-LC AudioSpecificConfig for <paramref name="rate"/> and <paramref name="channels"/> (ISO/IEC 14496-3 §1.6.2.1).</summary>
    public static byte[] LowComplexityConfig(int rate, int channels)
    {
        var index = Array.IndexOf(SamplingFrequencies, rate);
        if (index < 0 || channels is < 1 or > 7)
        {
            return [];
        }

        // audioObjectType 2 (5 bits), samplingFrequencyIndex (4 bits), channelConfiguration (4 bits), 3 zero bits
        var bits = (2 << 11) | (index << 7) | (channels << 3);
        return [(byte)(bits >> 8), (byte)bits];
    }

    /// <summary>Sampling rate and channel count of an AudioSpecificConfig (ISO/IEC 14496-3 §1.6.2.1); 0 when not stated.</summary>
    public static (int Rate, int Channels) RateAndChannels(ReadOnlySpan<byte> asc)
    {
        if (asc.Length < 2)
        {
            return (0, 0);
        }

        ulong bits = 0;
        for (var i = 0; i < Math.Min(8, asc.Length); i++)
        {
            bits |= (ulong)asc[i] << (56 - 8 * i);
        }

        var pos = 0;
        uint Take(int n)
        {
            var v = (uint)(bits << pos >> (64 - n));
            pos += n;
            return v;
        }

        var objectType = Take(5);
        if (objectType == 31)
        {
            Take(6);
        }

        var index = Take(4);
        var rate = index == 15 ? (int)Take(24) : index < SamplingFrequencies.Length ? SamplingFrequencies[index] : 0;
        var channels = (int)Take(4);
        return (rate, channels is > 0 and < 8 ? channels : 0);
    }

    private static int ReadLength(ref FieldReader f)
    {
        var length = 0;
        for (var i = 0; i < 4; i++)
        {
            var b = f.U8();
            length = (length << 7) | (b & 0x7F);
            if ((b & 0x80) == 0)
            {
                return length;
            }
        }

        return length;
    }
}
