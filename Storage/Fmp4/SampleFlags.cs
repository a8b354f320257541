namespace Vms.Storage.Fmp4;

/// <summary>
/// Values of the 32-bit sample_flags field (ISO/IEC 14496-12 §8.8.3.1): reserved:4, is_leading:2,
/// sample_depends_on:2, sample_is_depended_on:2, sample_has_redundancy:2, sample_padding_value:3,
/// sample_is_non_sync_sample:1, sample_degradation_priority:16.
/// </summary>
internal static class SampleFlags
{
    /// <summary>A sync sample that depends on no other (depends_on = 2).</summary>
    public const uint Sync = 0x0200_0000;

    /// <summary>A non-sync sample that depends on others (depends_on = 1, is_non_sync_sample = 1).</summary>
    public const uint NonSync = 0x0101_0000;

    /// <summary>The sample_is_non_sync_sample bit.</summary>
    public const uint NonSyncBit = 0x0001_0000;

    public static bool IsSync(uint flags) => (flags & NonSyncBit) == 0;
}
