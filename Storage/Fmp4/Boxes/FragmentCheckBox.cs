namespace Vms.Storage.Fmp4.Boxes;

/// <summary>
/// Writes the fragment check box that closes every fragment of our segments: a <c>uuid</c> box holding the
/// CRC-32C of the fragment's bytes. It is the fragment's commit mark: recovery keeps a fragment only when its
/// check box is present and the checksum matches, so a torn or partly zero-filled tail is never kept.
/// Players skip the unknown <c>uuid</c> box.
/// </summary>
internal static class FragmentCheckBox
{
    public const int Size = 32;

    /// <summary>The extended type 152d1bdd-9d0c-4b6a-86e9-9987b3058f8d, in box byte order.</summary>
    public static ReadOnlySpan<byte> Uuid =>
        [0x15, 0x2d, 0x1b, 0xdd, 0x9d, 0x0c, 0x4b, 0x6a, 0x86, 0xe9, 0x99, 0x87, 0xb3, 0x05, 0x8f, 0x8d];

    // uuid (ISO/IEC 14496-12 §4.2) after each mdat, 32 bytes
    // +--------------+--------+-------------------------------------------------------+-----------+--------------+
    // | size:32 = 32 | 'uuid' | usertype:128 = 152d1bdd-9d0c-4b6a-86e9-9987b3058f8d    | ver:8 = 0 | flags:24 = 0 |
    // +--------------+--------+-------------------------------------------------------+-----------+--------------+
    // | crc32c:32 of every byte from the fragment's first box (prft) to the end of its mdat                    |
    // +------------------------------------------------------------------------------------------------------------+
    public static void Write(BoxBuffer b, uint crc32C)
    {
        var box = b.BeginBox(BoxType.Uuid);
        b.WriteBytes(Uuid);
        b.WriteU8(0);
        b.WriteU24(0);
        b.WriteU32(crc32C);
        b.EndBox(box);
    }

    /// <summary>True when a uuid box payload (after the box header) starts with the check box's extended type.</summary>
    public static bool IsOurs(ReadOnlySpan<byte> uuidPayload) => uuidPayload.Length >= 16 && uuidPayload[..16].SequenceEqual(Uuid);
}
