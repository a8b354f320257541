using Vms.Host.Demo;
using Vms.Host.Options;

namespace Vms.Host.Tests.Demo;

public sealed class DemoOptionsValidatorTests
{
    [Fact]
    public void Validate_NoDemo_IgnoresDemoSettings()
    {
        var result = new DemoOptionsValidator().Validate(null, new VmsOptions { Demo = new DemoOptions { Address = "nonsense" } });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_DemoWithDefaults_Succeeds()
    {
        var result = new DemoOptionsValidator().Validate(null, new VmsOptions { Demo = new DemoOptions { Cameras = 5 } });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_BadDemoSettings_ReportsEachByKey()
    {
        var options = new VmsOptions
        {
            Demo = new DemoOptions { Cameras = 2, Address = "192.168.1.10", Username = "a b", Password = "", DiscoveryPort = 0, MainResolution = "big" },
        };

        var result = new DemoOptionsValidator().Validate(null, options);

        var failures = result.Failures!.ToArray();
        Assert.Contains("Vms:Demo:Address must be a loopback IP address (127.x.x.x), not '192.168.1.10'", failures);
        Assert.Contains("Vms:Demo:Username must be 1-64 characters without ':', spaces or control characters", failures);
        Assert.Contains("Vms:Demo:Password must be 1-128 characters", failures);
        Assert.Contains("Vms:Demo:DiscoveryPort must be 1..65535, not 0", failures);
        Assert.Contains(failures, f => f.StartsWith("Vms:Demo:MainResolution must be WIDTHxHEIGHT", StringComparison.Ordinal));
        Assert.Equal(5, failures.Length);
    }
}
