namespace Vms.Host.Options;

/// <summary>Loop recording: how long recordings live and when the sweep runs.</summary>
public sealed class RetentionOptions
{
    /// <summary>Legal ceiling applied to cameras without their own policy (French video protection: at most 30 days).</summary>
    public int DefaultMaxAgeDays { get; set; } = 30;

    /// <summary>Free space to keep on the storage volume, in GiB (oldest recordings go first).</summary>
    public double MinFreeGiB { get; set; } = 5;

    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);
}
