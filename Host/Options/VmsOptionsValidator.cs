using Microsoft.Extensions.Options;

namespace Vms.Host.Options;

/// <summary>Checks the settings at start and says exactly which value is wrong and why.</summary>
public sealed class VmsOptionsValidator : IValidateOptions<VmsOptions>
{
    public ValidateOptionsResult Validate(string? name, VmsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DataFolder))
        {
            errors.Add("Vms:DataFolder must name a folder");
        }
        else
        {
            CheckDataFolder(errors, options.DataFolder);
        }

        CheckPort(errors, "Vms:Rtsp:Port", options.Rtsp.Port);
        CheckPort(errors, "Vms:Http:Port", options.Http.Port);
        CheckAddress(errors, "Vms:Rtsp:BindAddress", options.Rtsp.BindAddress);
        CheckAddress(errors, "Vms:Http:BindAddress", options.Http.BindAddress);
        if (options.Http.Enabled && options.Rtsp.Port != 0 && options.Rtsp.Port == options.Http.Port &&
            options.Rtsp.BindAddress == options.Http.BindAddress)
        {
            errors.Add($"Vms:Rtsp:Port and Vms:Http:Port are both {options.Rtsp.Port}");
        }

        if (options.Rtsp.MaxConnections is < 1 or > 100_000)
        {
            errors.Add($"Vms:Rtsp:MaxConnections must be 1..100000, not {options.Rtsp.MaxConnections}");
        }

        if (options.Rtsp.SessionTimeout < TimeSpan.FromSeconds(5) || options.Rtsp.SessionTimeout > TimeSpan.FromHours(1))
        {
            errors.Add($"Vms:Rtsp:SessionTimeout must be between 00:00:05 and 01:00:00, not {options.Rtsp.SessionTimeout}");
        }

        if (options.Index.Provider is not ("Sqlite" or "SqlServer"))
        {
            errors.Add($"Vms:Index:Provider must be Sqlite or SqlServer, not '{options.Index.Provider}'");
        }
        else if (options.Index.Provider == "SqlServer" && string.IsNullOrWhiteSpace(options.Index.ConnectionString))
        {
            errors.Add("Vms:Index:ConnectionString is required when Vms:Index:Provider is SqlServer");
        }

        if (options.Recording.SegmentDuration < TimeSpan.FromSeconds(2) || options.Recording.SegmentDuration > TimeSpan.FromHours(1))
        {
            errors.Add($"Vms:Recording:SegmentDuration must be between 00:00:02 and 01:00:00, not {options.Recording.SegmentDuration}");
        }

        if (options.Recording.DefaultFrameRate is < 1 or > 60)
        {
            errors.Add($"Vms:Recording:DefaultFrameRate must be 1..60, not {options.Recording.DefaultFrameRate}");
        }

        if (options.ChangePollInterval < TimeSpan.FromMilliseconds(100) || options.ChangePollInterval > TimeSpan.FromMinutes(1))
        {
            errors.Add($"Vms:ChangePollInterval must be between 00:00:00.1 and 00:01:00, not {options.ChangePollInterval}");
        }

        if (options.Retention.DefaultMaxAgeDays is < 1 or > 3650)
        {
            errors.Add($"Vms:Retention:DefaultMaxAgeDays must be 1..3650, not {options.Retention.DefaultMaxAgeDays}");
        }

        if (options.Retention.MinFreeGiB < 0)
        {
            errors.Add($"Vms:Retention:MinFreeGiB must not be negative, not {options.Retention.MinFreeGiB}");
        }

        if (options.Demo.Cameras is < 0 or > 250)
        {
            errors.Add($"Vms:Demo:Cameras must be 0..250, not {options.Demo.Cameras}");
        }

        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            errors.Add($"Vms:TimeZone '{options.TimeZone}' is not a known time zone (e.g. Europe/Paris)");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>The data folder must be a folder that exists or can be created (it is created here, as the service
    /// would a moment later), so a wrong path is one line at start rather than a failure deep inside a service.</summary>
    private static void CheckDataFolder(List<string> errors, string folder)
    {
        string full;
        try
        {
            full = Path.GetFullPath(folder);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            errors.Add($"Vms:DataFolder '{folder}' is not a valid path: {e.Message}");
            return;
        }

        if (File.Exists(full))
        {
            errors.Add($"Vms:DataFolder '{folder}' is a file, not a folder");
            return;
        }

        try
        {
            Directory.CreateDirectory(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add($"Vms:DataFolder '{folder}' cannot be created: {e.Message}");
        }
    }

    private static void CheckPort(List<string> errors, string key, int port)
    {
        if (port is < 0 or > 65535)
        {
            errors.Add($"{key} must be 0..65535, not {port}");
        }
    }

    private static void CheckAddress(List<string> errors, string key, string address)
    {
        if (!System.Net.IPAddress.TryParse(address, out _))
        {
            errors.Add($"{key} must be an IP address, not '{address}'");
        }
    }
}
