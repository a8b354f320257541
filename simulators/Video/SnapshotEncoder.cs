using Vms.Simulators.Video.Jpeg;
using Vms.Simulators.Video.Rendering;

namespace Vms.Simulators.Video;

/// <summary>Baseline JPEG snapshots of a camera scene (for ONVIF GetSnapshotUri).</summary>
public static class SnapshotEncoder
{
    /// <summary>Default JPEG quality (1–100).</summary>
    public const int DefaultQuality = 85;

    /// <summary>
    /// Renders <paramref name="scene"/> at <paramref name="width"/> × <paramref name="height"/> as it looks at
    /// <paramref name="time"/> (clock, masks, view) and encodes it as a baseline JPEG.
    /// </summary>
    public static byte[] Encode(CameraScene scene, int width, int height, DateTimeOffset time, int quality = DefaultQuality)
    {
        ArgumentNullException.ThrowIfNull(scene);
        new VideoStreamSettings { Width = width, Height = height }.Validate();
        var renderer = new SceneRenderer(width, height);
        renderer.Render(scene.State, time, 0);
        return JpegEncoder.Encode(renderer.Frame, quality);
    }
}
