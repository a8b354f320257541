namespace Vms.Host.Security;

/// <summary>Fixed settings of the security feature.</summary>
public static class SecurityOptions
{
    /// <summary>The Digest realm (also the RTSP server's <c>RtspServerOptions.Realm</c>); HA1 values are derived for it.</summary>
    public const string Realm = "Vms";

    /// <summary>The administrator account created on first start (without a usable password).</summary>
    public const string AdminUser = "admin";

    /// <summary>Lifetime of an API token unless the request asks for less.</summary>
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(12);

    /// <summary>The longest lifetime a token may ask for.</summary>
    public static readonly TimeSpan MaxTokenLifetime = TimeSpan.FromDays(90);

    /// <summary>The folder below the data folder holding the site keys.</summary>
    public const string KeysFolder = "keys";
}
