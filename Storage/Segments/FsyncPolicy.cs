namespace Vms.Storage.Segments;

/// <summary>When written fragments are forced to stable storage (fsync).</summary>
public enum FsyncPolicy
{
    /// <summary>After every fragment: a power loss loses at most the fragment being built (≤ 1 s). Default.</summary>
    PerFragment,

    /// <summary>At most every <see cref="SegmentWriterOptions.FsyncInterval"/> (and when a segment closes): fewer
    /// flushes for slow disks; a power loss may lose up to that interval. A process crash loses nothing more.</summary>
    Periodic,

    /// <summary>Never (the OS writes back on its own schedule); for tests and benchmarks.</summary>
    None,
}
