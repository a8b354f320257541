using Vms.Onvif.Server;

namespace Vms.Simulators.Camera;

/// <summary>
/// XAddrs as the client reached the camera. Some clients send a <c>Host</c> header without the port even when the
/// service runs on another port than 80; the port then comes from the connection's local endpoint, so every XAddr
/// stays reachable as given.
/// </summary>
internal static class CameraAddressing
{
    public static string BaseAddress(SoapRequestContext context)
    {
        var fromContext = new Uri(context.BaseAddress);
        if (context.Request.Host is { } host && !HasPort(host) && context.Request.LocalEndPoint is { } local && fromContext.Port != local.Port)
        {
            return new UriBuilder(fromContext) { Port = local.Port }.Uri.GetLeftPart(UriPartial.Authority);
        }

        return fromContext.GetLeftPart(UriPartial.Authority);
    }

    public static string XAddr(SoapRequestContext context, string path) => BaseAddress(context) + path;

    private static bool HasPort(string host)
    {
        var text = host.Trim();
        var bracket = text.LastIndexOf(']');
        var colon = text.LastIndexOf(':');
        return colon > bracket && colon < text.Length - 1;
    }
}
