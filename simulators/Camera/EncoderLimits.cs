using Vms.Onvif.Model.Common;
using Vms.Simulators.Video;

namespace Vms.Simulators.Camera;

/// <summary>What the simulated encoders accept (the same limits for Media 1 and Media2); out of range → ter:ConfigModify.</summary>
internal static class EncoderLimits
{
    public const int MaxFps = 30;
    public const int MaxGop = 300;
    public const int MinBitrate = 64;
    public const int MaxBitrate = 16_384;

    public static IReadOnlyList<VideoResolution> Resolutions(SimulatedCamera camera, StreamKind kind)
    {
        var configured = kind == StreamKind.Main ? camera.Options.DefaultMain : camera.Options.DefaultSub;
        (int W, int H)[] standard = camera.Kind == CameraKind.Panoramic
            ? kind == StreamKind.Main ? [(3840, 1080), (2880, 1440), (1920, 540)] : [(1280, 360), (960, 480), (640, 180)]
            : kind == StreamKind.Main ? [(1920, 1080), (1280, 720), (704, 576), (640, 360)] : [(640, 360), (352, 288), (320, 180)];
        return [.. standard.Prepend((configured.Width, configured.Height)).Distinct().Select(r => new VideoResolution(r.Item1, r.Item2))];
    }

    public static VideoStreamSettings Check(SimulatedCamera camera, StreamKind kind, VideoResolution resolution, double fps, int bitrateKbps, int gop)
    {
        if (!Resolutions(camera, kind).Contains(resolution))
        {
            throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(OnvifFaultCodes.ConfigModify), $"resolution {resolution.Width}x{resolution.Height} is not offered");
        }

        var frames = (int)Math.Round(fps);
        if (!double.IsFinite(fps) || frames is < 1 or > MaxFps)
        {
            throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(OnvifFaultCodes.ConfigModify), $"frame rate {fps} outside 1..{MaxFps}");
        }

        if (bitrateKbps is < MinBitrate or > MaxBitrate)
        {
            throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(OnvifFaultCodes.ConfigModify), $"bitrate {bitrateKbps} kbit/s outside {MinBitrate}..{MaxBitrate}");
        }

        if (gop is < 1 or > MaxGop)
        {
            throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(OnvifFaultCodes.ConfigModify), $"GOP length {gop} outside 1..{MaxGop}");
        }

        return camera.EncoderSettings(kind) with { Width = resolution.Width, Height = resolution.Height, FramesPerSecond = frames, BitrateKbps = bitrateKbps, GopFrames = gop };
    }
}
