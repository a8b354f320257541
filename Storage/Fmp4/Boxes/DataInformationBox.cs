namespace Vms.Storage.Fmp4.Boxes;

/// <summary>Writes <c>dinf</c>: one data reference saying the media is in this file.</summary>
internal static class DataInformationBox
{
    // dinf (ISO/IEC 14496-12 §8.7.1), 36 bytes
    // +---------+--------+---------------------------------------------------------------------------+
    // | size:32 | 'dinf' | dref, FullBox (§8.7.2)                                                    |
    // |         |        | +---------+--------+-------+----------+----------------+---------------+ |
    // |         |        | | size:32 | 'dref' | ver:8 | flags:24 | entry_count = 1| 'url ' entry  | |
    // |         |        | +---------+--------+-------+----------+----------------+---------------+ |
    // |         |        |   'url ' FullBox: | size:32 = 12 | 'url ' | ver:8 | flags:24 = 1 (self-contained) |
    // +---------+--------+---------------------------------------------------------------------------+
    public static void Write(BoxBuffer b)
    {
        var dinf = b.BeginBox(BoxType.Dinf);
        var dref = b.BeginFullBox(BoxType.Dref, 0, 0);
        b.WriteU32(1);
        var url = b.BeginFullBox(BoxType.Url, 0, 1);
        b.EndBox(url);
        b.EndBox(dref);
        b.EndBox(dinf);
    }
}
