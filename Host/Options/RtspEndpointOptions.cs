namespace Vms.Host.Options;

/// <summary>Where viewers reach the RTSP server.</summary>
public sealed class RtspEndpointOptions
{
    /// <summary>Listening address; all interfaces by default so viewers on the site network connect (Digest auth applies).</summary>
    public string BindAddress { get; set; } = "0.0.0.0";

    /// <summary>TCP port; 0 picks a free port (tests).</summary>
    public int Port { get; set; } = 8554;

    public int MaxConnections { get; set; } = 1024;

    public TimeSpan SessionTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
