using System.Text.Json;
using Vms.TestSupport;

namespace Vms.Interop.Tests.Simulators;

/// <summary>ffprobe against a camera's RTSP URL (TCP interleaved, credentials in the URL): codec and picture size.</summary>
internal static class FleetFfprobe
{
    public static async Task<(string Codec, int Width, int Height)> ProbeAsync(Uri rtsp, string user, string password)
    {
        var url = new UriBuilder(rtsp) { UserName = user, Password = password }.Uri.ToString();
        await using var probe = await ExternalProcess.RunAsync(
            "ffprobe",
            ["-v", "error", "-rtsp_transport", "tcp", "-select_streams", "v:0", "-show_entries", "stream=codec_name,width,height", "-of", "json", url],
            TimeSpan.FromSeconds(30));
        Assert.True(probe.ExitCode == 0, $"ffprobe {rtsp} exited {probe.ExitCode}: {probe.StandardError}");
        using var json = JsonDocument.Parse(probe.StandardOutput);
        var stream = json.RootElement.GetProperty("streams")[0];
        return (stream.GetProperty("codec_name").GetString()!, stream.GetProperty("width").GetInt32(), stream.GetProperty("height").GetInt32());
    }
}
