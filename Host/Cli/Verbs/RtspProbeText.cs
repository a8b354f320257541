using System.Globalization;

namespace Vms.Host.Cli.Verbs;

/// <summary>The human-readable form of an <see cref="RtspProbeReport"/>.</summary>
internal static class RtspProbeText
{
    public static IEnumerable<string> Lines(RtspProbeReport r, string indent = "")
    {
        yield return string.Create(CultureInfo.InvariantCulture, $"{indent}stream      {r.Url} ({r.Transport}, {r.Seconds:0.##} s)");
        foreach (var t in r.Tracks)
        {
            var size = t.Width is { } w && t.Height is { } h ? $"{w}x{h}" : "size unknown";
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{indent}  track {t.Index} {t.Kind} {t.Codec}{(t.Profile is null ? string.Empty : " " + t.Profile)} {size}, {Num(t.MeasuredFps)} fps received ({Num(t.TimestampFps)} by timestamps{(t.SpsFrameRate is { } s ? $", SPS {s:0.###}" : string.Empty)}), {Num(t.BitrateKbps)} kbit/s");
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{indent}    {t.Frames} frames, {t.Keyframes} keyframes, keyframe every {Num(t.KeyframeIntervalFrames)} frames ({Num(t.KeyframeIntervalSeconds)} s), {t.LostPackets} packets lost");
        }
    }

    private static string Num(double? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "?";
}
