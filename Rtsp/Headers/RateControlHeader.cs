namespace Vms.Rtsp.Headers;

/// <summary>
/// The ONVIF Rate-Control header: <c>yes</c> (server paces in real time, the default) or <c>no</c> (as fast as the
/// transport allows; the client paces by timestamps). The Immediate header of ONVIF replay has the same syntax.
/// </summary>
public static class RateControlHeader
{
    public static bool TryParse(string? text, out bool value)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "yes":
                value = true;
                return true;
            case "no":
                value = false;
                return true;
            default:
                value = true;
                return false;
        }
    }

    public static string Format(bool value) => value ? "yes" : "no";
}
