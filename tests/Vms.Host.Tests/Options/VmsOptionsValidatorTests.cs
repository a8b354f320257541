using Vms.Host.Options;

namespace Vms.Host.Tests.Options;

public sealed class VmsOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeed()
    {
        var result = new VmsOptionsValidator().Validate(null, new VmsOptions());

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_SeveralBadValues_ReportsEachByKey()
    {
        var options = new VmsOptions
        {
            Rtsp = new RtspEndpointOptions { Port = -1, BindAddress = "not-an-ip" },
            Index = new IndexOptions { Provider = "SqlServer" },
            Retention = new RetentionOptions { DefaultMaxAgeDays = 0 },
            TimeZone = "Mars/Olympus",
        };

        var result = new VmsOptionsValidator().Validate(null, options);

        Assert.False(result.Succeeded);
        var failures = result.Failures!.ToArray();
        Assert.Contains("Vms:Rtsp:Port must be 0..65535, not -1", failures);
        Assert.Contains("Vms:Rtsp:BindAddress must be an IP address, not 'not-an-ip'", failures);
        Assert.Contains("Vms:Index:ConnectionString is required when Vms:Index:Provider is SqlServer", failures);
        Assert.Contains("Vms:Retention:DefaultMaxAgeDays must be 1..3650, not 0", failures);
        Assert.Contains(failures, f => f.StartsWith("Vms:TimeZone 'Mars/Olympus'", StringComparison.Ordinal));
        Assert.Equal(5, failures.Length);
    }

    [Fact]
    public void Validate_SamePortForRtspAndHttp_IsRefused()
    {
        var options = new VmsOptions
        {
            Rtsp = new RtspEndpointOptions { Port = 9000, BindAddress = "127.0.0.1" },
            Http = new HttpApiOptions { Port = 9000, BindAddress = "127.0.0.1" },
        };

        var result = new VmsOptionsValidator().Validate(null, options);

        Assert.Contains("Vms:Rtsp:Port and Vms:Http:Port are both 9000", result.Failures!);
    }

    [Fact]
    public void Validate_DataFolderIsAFile_SaysSo()
    {
        var file = Path.GetTempFileName();
        try
        {
            var result = new VmsOptionsValidator().Validate(null, new VmsOptions { DataFolder = file });

            Assert.Equal([$"Vms:DataFolder '{file}' is a file, not a folder"], result.Failures!);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Validate_DataFolderUnderAFile_CannotBeCreated()
    {
        var file = Path.GetTempFileName();
        try
        {
            var folder = Path.Combine(file, "data");

            var result = new VmsOptionsValidator().Validate(null, new VmsOptions { DataFolder = folder });

            var failure = Assert.Single(result.Failures!);
            Assert.StartsWith($"Vms:DataFolder '{folder}' cannot be created: ", failure, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
