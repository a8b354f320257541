namespace Vms.Onvif.Client;

/// <summary>How <see cref="EventsClient.ReadMotionAsync"/> keeps a pull point alive.</summary>
public sealed record EventPullOptions
{
    /// <summary>How long the camera may hold one PullMessages (long poll).</summary>
    public TimeSpan PullTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Most notifications per PullMessages.</summary>
    public int MessageLimit { get; init; } = 100;

    /// <summary>Requested subscription lifetime (InitialTerminationTime and every Renew).</summary>
    public TimeSpan SubscriptionTime { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Consecutive failed pulls (each followed by a new subscription) before the reader gives up.</summary>
    public int MaxConsecutiveFailures { get; init; } = 3;

    internal void Validate()
    {
        if (PullTimeout <= TimeSpan.Zero || SubscriptionTime <= PullTimeout || MessageLimit < 1 || MaxConsecutiveFailures < 0)
        {
            throw new ArgumentException("EventPullOptions: PullTimeout > 0, SubscriptionTime > PullTimeout, MessageLimit >= 1, MaxConsecutiveFailures >= 0");
        }
    }
}
