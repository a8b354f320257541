namespace Vms.Rtsp.Auth;

/// <summary>Authentication scheme names (compared case-insensitively).</summary>
public static class AuthSchemes
{
    public const string Basic = "Basic";
    public const string Digest = "Digest";

    public static bool IsBasic(string scheme) => string.Equals(scheme, Basic, StringComparison.OrdinalIgnoreCase);

    public static bool IsDigest(string scheme) => string.Equals(scheme, Digest, StringComparison.OrdinalIgnoreCase);
}
