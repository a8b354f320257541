using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Vms.Host.Data;
using Vms.Host.Options;
using Vms.TestSupport;

namespace Vms.Host.Tests.Data;

/// <summary>Drives the running service's <see cref="HostChangeWatcher"/> on the manual clock.</summary>
internal static class ChangePolls
{
    /// <summary>Moves the clock by one poll interval and completes once a poll has followed <paramref name="area"/>.</summary>
    public static async Task PollAsync(IServiceProvider services, ManualTimeProvider time, string area)
    {
        var watcher = services.GetRequiredService<HostChangeWatcher>();
        var interval = services.GetRequiredService<IOptions<VmsOptions>>().Value.ChangePollInterval;
        var followed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnFollowed(object? sender, IReadOnlyList<string> areas)
        {
            if (areas.Contains(area))
            {
                followed.TrySetResult();
            }
        }

        watcher.Followed += OnFollowed;
        try
        {
            time.Advance(interval);
            await followed.Task.WithTimeout();
        }
        finally
        {
            watcher.Followed -= OnFollowed;
        }
    }
}
