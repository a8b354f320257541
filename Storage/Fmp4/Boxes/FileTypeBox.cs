namespace Vms.Storage.Fmp4.Boxes;

/// <summary>Writes the file type box that opens every segment.</summary>
internal static class FileTypeBox
{
    /// <summary>The brands of our segments: ISO base media with movie fragments and <c>tfdt</c>.</summary>
    public static ReadOnlySpan<uint> CompatibleBrands => [BoxType.BrandIso6, BoxType.BrandIsom, BoxType.BrandIso2, BoxType.BrandMp41];

    // ftyp (ISO/IEC 14496-12 §4.3), 32 bytes for our four brands
    // +---------+--------+-------------------+---------------------+--------------------------------+
    // | size:32 | 'ftyp' | major_brand 'iso6'| minor_version:32 = 0| compatible_brands[4]           |
    // |         |        |                   |                     | 'iso6' 'isom' 'iso2' 'mp41'    |
    // +---------+--------+-------------------+---------------------+--------------------------------+
    public static void Write(BoxBuffer b)
    {
        var box = b.BeginBox(BoxType.Ftyp);
        b.WriteU32(BoxType.BrandIso6);
        b.WriteU32(0);
        foreach (var brand in CompatibleBrands)
        {
            b.WriteU32(brand);
        }

        b.EndBox(box);
    }
}
