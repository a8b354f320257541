namespace Vms.Storage.Export;

/// <summary>Box types a non-fragmented MP4 needs beyond those of the segment muxer.</summary>
internal static class ExportBoxTypes
{
    public const uint Stss = 0x73747373; // 'stss'
    public const uint Ctts = 0x63747473; // 'ctts'
    public const uint Co64 = 0x636f3634; // 'co64'
    public const uint BrandAvc1 = 0x61766331; // 'avc1'

    /// <summary>The extended type of the export record box: 5e0c7d1a-3b9f-4c62-8d4e-1a7f2b9c6e30.</summary>
    public static ReadOnlySpan<byte> ExportRecordUuid =>
        [0x5e, 0x0c, 0x7d, 0x1a, 0x3b, 0x9f, 0x4c, 0x62, 0x8d, 0x4e, 0x1a, 0x7f, 0x2b, 0x9c, 0x6e, 0x30];
}
