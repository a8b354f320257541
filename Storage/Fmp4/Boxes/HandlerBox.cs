using System.Text;

namespace Vms.Storage.Fmp4.Boxes;

/// <summary>Writes <c>hdlr</c>, which says whether a track is video or sound.</summary>
internal static class HandlerBox
{
    // hdlr, FullBox (ISO/IEC 14496-12 §8.4.3)
    // +---------+--------+-------+----------+--------------------+-----------------------+----------------+
    // | size:32 | 'hdlr' | ver:8 | flags:24 | pre_defined:32 = 0 | handler_type:32       | reserved:32[3] |
    // |         |        |       |          |                    | 'vide' or 'soun'      |                |
    // +---------+--------+-------+----------+--------------------+-----------------------+----------------+
    // | name: UTF-8, NUL-terminated ("VideoHandler\0" / "SoundHandler\0")                                 |
    // +----------------------------------------------------------------------------------------------------+
    public static void Write(BoxBuffer b, uint handlerType, string name)
    {
        var box = b.BeginFullBox(BoxType.Hdlr, 0, 0);
        b.WriteU32(0);
        b.WriteU32(handlerType);
        b.WriteZeros(12);
        var bytes = b.Reserve(Encoding.UTF8.GetByteCount(name));
        Encoding.UTF8.GetBytes(name, bytes);
        b.WriteU8(0);
        b.EndBox(box);
    }
}
