namespace Vms.Storage.Fmp4.Boxes;

/// <summary>Writes <c>esds</c>: the MPEG-4 ES descriptor carrying the AAC AudioSpecificConfig.</summary>
internal static class ElementaryStreamDescriptorBox
{
    /// <summary>Largest AudioSpecificConfig written (keeps every descriptor length in one byte).</summary>
    public const int MaxConfigBytes = 64;

    // esds, FullBox (ISO/IEC 14496-14 §5.6) holding an ES_Descriptor (ISO/IEC 14496-1 §7.2.6.5); lengths in one byte
    // +---------+--------+-----------+--------------+
    // | size:32 | 'esds' | ver:8 = 0 | flags:24 = 0 |
    // +---------+--------+-----------+--------------+-------------+-------------------------------------+
    // | 0x03 ES_DescrTag | len:8 | ES_ID:16 = 0 | flags:8 = 0 (no dependence, URL or OCR stream)           |
    // |   +--------------------------------------------------------------------------------------------+ |
    // |   | 0x04 DecoderConfigDescrTag | len:8 | objectTypeIndication:8 = 0x40 (MPEG-4 Audio)          | |
    // |   | streamType:6 = 5 (audio) | upStream:1 = 0 | reserved:1 = 1  -> 0x15                          | |
    // |   | bufferSizeDB:24 = 0 | maxBitrate:32 = 0 | avgBitrate:32 = 0                                  | |
    // |   |   | 0x05 DecSpecificInfoTag | len:8 | AudioSpecificConfig bytes |                             | |
    // |   +--------------------------------------------------------------------------------------------+ |
    // |   | 0x06 SLConfigDescrTag | len:8 = 1 | predefined:8 = 2 (reserved for MP4 files) |              | |
    // +-------------------------------------------------------------------------------------------------+
    public static void Write(BoxBuffer b, ReadOnlySpan<byte> audioSpecificConfig)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(audioSpecificConfig.Length, MaxConfigBytes);
        var decoderSpecific = 2 + audioSpecificConfig.Length;
        var decoderConfig = 13 + decoderSpecific;
        var esPayload = 3 + (2 + decoderConfig) + 3;

        var box = b.BeginFullBox(BoxType.Esds, 0, 0);
        b.WriteU8(0x03);
        b.WriteU8((byte)esPayload);
        b.WriteU16(0);
        b.WriteU8(0);
        b.WriteU8(0x04);
        b.WriteU8((byte)decoderConfig);
        b.WriteU8(0x40);
        b.WriteU8(0x15);
        b.WriteU24(0);
        b.WriteU32(0);
        b.WriteU32(0);
        b.WriteU8(0x05);
        b.WriteU8((byte)audioSpecificConfig.Length);
        b.WriteBytes(audioSpecificConfig);
        b.WriteU8(0x06);
        b.WriteU8(1);
        b.WriteU8(2);
        b.EndBox(box);
    }
}
