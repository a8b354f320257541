namespace Vms.Host.Options;

/// <summary>Where the REST API listens.</summary>
public sealed class HttpApiOptions
{
    /// <summary>Loopback only unless configured otherwise; port 0 picks a free port (tests).</summary>
    public string BindAddress { get; set; } = "127.0.0.1";

    public int Port { get; set; } = 8080;

    /// <summary>False disables the API (an embedding application may expose its own).</summary>
    public bool Enabled { get; set; } = true;
}
