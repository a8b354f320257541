using System.Buffers.Binary;

namespace Vms.Storage.Fmp4;

/// <summary>Four-character box types (ISO/IEC 14496-12 §4.2) as big-endian 32-bit values, and brands.</summary>
internal static class BoxType
{
    public const uint Ftyp = 0x66747970;
    public const uint Styp = 0x73747970;
    public const uint Moov = 0x6d6f6f76;
    public const uint Mvhd = 0x6d766864;
    public const uint Trak = 0x7472616b;
    public const uint Tkhd = 0x746b6864;
    public const uint Edts = 0x65647473;
    public const uint Mdia = 0x6d646961;
    public const uint Mdhd = 0x6d646864;
    public const uint Hdlr = 0x68646c72;
    public const uint Minf = 0x6d696e66;
    public const uint Vmhd = 0x766d6864;
    public const uint Smhd = 0x736d6864;
    public const uint Dinf = 0x64696e66;
    public const uint Dref = 0x64726566;
    public const uint Url = 0x75726c20;
    public const uint Stbl = 0x7374626c;
    public const uint Stsd = 0x73747364;
    public const uint Stts = 0x73747473;
    public const uint Stsc = 0x73747363;
    public const uint Stsz = 0x7374737a;
    public const uint Stco = 0x7374636f;
    public const uint Avc1 = 0x61766331;
    public const uint Avc3 = 0x61766333;
    public const uint AvcC = 0x61766343;
    public const uint Hvc1 = 0x68766331;
    public const uint Hev1 = 0x68657631;
    public const uint HvcC = 0x68766343;
    public const uint Mp4a = 0x6d703461;
    public const uint Esds = 0x65736473;
    public const uint Ulaw = 0x756c6177;
    public const uint Alaw = 0x616c6177;
    public const uint Mvex = 0x6d766578;
    public const uint Mehd = 0x6d656864;
    public const uint Trex = 0x74726578;
    public const uint Moof = 0x6d6f6f66;
    public const uint Mfhd = 0x6d666864;
    public const uint Traf = 0x74726166;
    public const uint Tfhd = 0x74666864;
    public const uint Tfdt = 0x74666474;
    public const uint Trun = 0x7472756e;
    public const uint Mdat = 0x6d646174;
    public const uint Prft = 0x70726674;
    public const uint Uuid = 0x75756964;
    public const uint Free = 0x66726565;
    public const uint Skip = 0x736b6970;
    public const uint Sidx = 0x73696478;
    public const uint Mfra = 0x6d667261;
    public const uint Emsg = 0x656d7367;
    public const uint Udta = 0x75647461;
    public const uint Meta = 0x6d657461;

    public const uint BrandIso6 = 0x69736f36;
    public const uint BrandIsom = 0x69736f6d;
    public const uint BrandIso2 = 0x69736f32;
    public const uint BrandMp41 = 0x6d703431;

    public const uint HandlerVideo = 0x76696465;
    public const uint HandlerSound = 0x736f756e;

    /// <summary>The four characters of <paramref name="type"/> (non-printable bytes shown as '?').</summary>
    public static string Name(uint type)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(b, type);
        Span<char> c = stackalloc char[4];
        for (var i = 0; i < 4; i++)
        {
            c[i] = b[i] is >= 0x20 and < 0x7f ? (char)b[i] : '?';
        }

        return new string(c);
    }
}
