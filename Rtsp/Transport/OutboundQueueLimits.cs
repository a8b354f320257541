namespace Vms.Rtsp.Transport;

/// <summary>The bound of one <see cref="OutboundQueue"/>: whichever of the two is reached first.</summary>
/// <param name="MaxItems">Most entries queued at once.</param>
/// <param name="MaxBytes">Most wire bytes queued at once (an entry alone in an empty queue is always accepted).</param>
internal readonly record struct OutboundQueueLimits(int MaxItems, long MaxBytes)
{
    public static OutboundQueueLimits Default { get; } = new(8192, 4L * 1024 * 1024);
}
