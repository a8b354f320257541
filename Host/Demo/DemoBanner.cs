using System.Globalization;
using System.Text;

namespace Vms.Host.Demo;

/// <summary>The few lines <c>vms run --demo N</c> prints once the cameras are adopted: where the API is, each camera's live and playback RTSP URLs, and how to open them.</summary>
internal static class DemoBanner
{
    /// <summary>Most cameras listed one per line; the rest are summarised (a 200-camera demo stays readable).</summary>
    public const int MaxListed = 20;

    public static string Format(Uri? api, string rtspHost, int rtspPort, IReadOnlyList<DemoCamera> cameras, DateTimeOffset now, string user = "admin", string? password = null)
    {
        ArgumentNullException.ThrowIfNull(cameras);
        var b = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        b.AppendLine(inv, $"Vms demo: {cameras.Count} simulated camera(s), {cameras.Count(c => c.CameraId is not null)} adopted");
        b.AppendLine(inv, $"  API       {(api is null ? "(disabled)" : api.ToString())}  (health: {(api is null ? "-" : new Uri(api, "health").ToString())})");
        b.AppendLine(inv, $"  login     {user} / {password ?? "(the password set before)"}  (RTSP Digest; API: POST {(api is null ? "/" : api.ToString())}api/v1/auth/tokens)");
        var playbackStart = (now - TimeSpan.FromMinutes(1)).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", inv);
        foreach (var camera in cameras.Take(MaxListed))
        {
            var id = camera.CameraId ?? camera.Name;
            var live = LiveUrl(rtspHost, rtspPort, id);
            b.AppendLine(inv, $"  {camera.Name,-8} {camera.Kind,-9} {live}{(camera.CameraId is null ? "  (not adopted)" : string.Empty)}");
        }

        if (cameras.Count > MaxListed)
        {
            b.AppendLine(inv, $"  ... and {cameras.Count - MaxListed} more (GET {(api is null ? "/" : api.ToString())}api/v1/cameras lists them)");
        }

        if (cameras.Count > 0)
        {
            var first = cameras[0].CameraId ?? cameras[0].Name;
            var live = LiveUrl(rtspHost, rtspPort, first);
            var withLogin = live.Replace("rtsp://", $"rtsp://{Uri.EscapeDataString(user)}:{Uri.EscapeDataString(password ?? "PASSWORD")}@", StringComparison.Ordinal);
            b.AppendLine(inv, $"  playback  {live}/playback?start={playbackStart}");
            b.AppendLine(inv, $"  watch     ffplay -rtsp_transport tcp {withLogin}");
            b.AppendLine(inv, $"            vlc {withLogin}");
        }

        b.AppendLine("  stop      Ctrl+C (recordings are closed cleanly)");
        return b.ToString();
    }

    public static string LiveUrl(string host, int port, string cameraId) =>
        string.Create(CultureInfo.InvariantCulture, $"rtsp://{host}:{port}/{Uri.EscapeDataString(cameraId)}");
}
