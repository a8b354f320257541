namespace Vms.Host.Options;

/// <summary>The service's settings, bound from the <c>Vms</c> configuration section (appsettings.json,
/// environment variables <c>Vms__Rtsp__Port=8554</c>, command line <c>--Vms:Rtsp:Port=8554</c>).</summary>
public sealed class VmsOptions
{
    public const string SectionName = "Vms";

    /// <summary>Data folder: the SQLite index, the segments, the site keys. Relative paths are relative to the working directory.</summary>
    public string DataFolder { get; set; } = "data";

    public RtspEndpointOptions Rtsp { get; set; } = new();

    public HttpApiOptions Http { get; set; } = new();

    public IndexOptions Index { get; set; } = new();

    public RecordingOptions Recording { get; set; } = new();

    public RetentionOptions Retention { get; set; } = new();

    public DemoOptions Demo { get; set; } = new();

    /// <summary>The site's IANA time zone, used by rights schedules (e.g. Europe/Paris).</summary>
    public string TimeZone { get; set; } = "Europe/Paris";

    /// <summary>How often a running service looks for changes other processes (the CLI) made to cameras, users and
    /// grants (one small query each time).</summary>
    public TimeSpan ChangePollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
