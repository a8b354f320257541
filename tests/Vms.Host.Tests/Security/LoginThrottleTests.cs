using Vms.Host.Security;
using Vms.TestSupport;

namespace Vms.Host.Tests.Security;

public sealed class LoginThrottleTests
{
    [Fact]
    public void Failed_BeyondFreeAttempts_LocksWithDoublingBackoff()
    {
        var clock = new ManualTimeProvider();
        var t = new LoginThrottle(clock, freeAttempts: 3);

        for (var i = 0; i < 3; i++)
        {
            Assert.Null(t.Failed("alice"));
        }

        Assert.Null(t.LockedUntil("alice"));
        Assert.Equal(clock.GetUtcNow().AddSeconds(1), t.Failed("alice"));
        Assert.Equal(clock.GetUtcNow().AddSeconds(2), t.Failed("alice"));
        Assert.Equal(clock.GetUtcNow().AddSeconds(4), t.Failed("alice"));
        Assert.NotNull(t.LockedUntil("alice"));

        clock.Advance(TimeSpan.FromSeconds(4));
        Assert.Null(t.LockedUntil("alice"));
        Assert.Null(t.LockedUntil("bob"));
    }

    [Fact]
    public void Failed_ManyTimes_CapsAtMaxLockout()
    {
        var clock = new ManualTimeProvider();
        var t = new LoginThrottle(clock, freeAttempts: 0, maxLockout: TimeSpan.FromMinutes(15));

        DateTimeOffset? until = null;
        for (var i = 0; i < 40; i++)
        {
            until = t.Failed("mallory");
        }

        Assert.Equal(clock.GetUtcNow().AddMinutes(15), until);
    }

    [Fact]
    public void Succeeded_ClearsTheCount()
    {
        var clock = new ManualTimeProvider();
        var t = new LoginThrottle(clock, freeAttempts: 1);
        t.Failed("a");
        t.Succeeded("a");

        Assert.Null(t.Failed("a"));
    }
}
