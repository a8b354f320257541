using Vms.Simulators.Video;

namespace Vms.Simulators.Camera;

/// <summary>The persisted configuration: read and change it under the state lock, saved after every change.</summary>
public sealed partial class SimulatedCamera
{
    internal static string EncoderToken(StreamKind kind) => kind == StreamKind.Main ? "encoder_main" : "encoder_sub";

    internal static string ProfileToken(StreamKind kind) => kind == StreamKind.Main ? "profile_main" : "profile_sub";

    internal static StreamKind? StreamOfProfile(string? token) => token switch
    {
        "profile_main" => StreamKind.Main,
        "profile_sub" => StreamKind.Sub,
        _ => null,
    };

    internal static StreamKind? StreamOfEncoder(string? token) => token switch
    {
        "encoder_main" => StreamKind.Main,
        "encoder_sub" => StreamKind.Sub,
        _ => null,
    };

    /// <summary>Reads the state under the lock.</summary>
    internal T Read<T>(Func<CameraState, T> read)
    {
        lock (_stateGate)
        {
            return read(_state);
        }
    }

    /// <summary>Changes the state under the lock and saves it (a camera keeps its configuration across reboots).</summary>
    internal T Change<T>(Func<CameraState, T> change)
    {
        lock (_stateGate)
        {
            var result = change(_state);
            _store.Save(_state);
            return result;
        }
    }

    internal void Change(Action<CameraState> change) => Change(s =>
    {
        change(s);
        return 0;
    });

    /// <summary>The coding settings of a stream from the saved encoder configuration.</summary>
    internal VideoStreamSettings EncoderSettings(StreamKind kind)
    {
        var e = Read(s => s.Encoders[EncoderToken(kind)]);
        var defaults = kind == StreamKind.Main ? _options.DefaultMain : _options.DefaultSub;
        return defaults with { Width = e.Width, Height = e.Height, FramesPerSecond = e.FramesPerSecond, BitrateKbps = e.BitrateKbps, GopFrames = e.GopFrames };
    }

    /// <summary>Saves new coding settings and applies them to the running stream at a forced IDR.</summary>
    internal void SetEncoderSettings(StreamKind kind, VideoStreamSettings settings)
    {
        settings.Validate();
        Change(s => s.Encoders[EncoderToken(kind)] = EncoderStateFrom(settings));
        if (_streams.TryGetValue(kind, out var stream))
        {
            stream.Apply(settings);
        }

        CameraLog.EncoderChanged(_logger, Name, kind, settings.Width, settings.Height, settings.FramesPerSecond, settings.BitrateKbps, settings.GopFrames);
    }

    internal static CameraState.EncoderState EncoderStateFrom(VideoStreamSettings s) =>
        new() { Width = s.Width, Height = s.Height, FramesPerSecond = s.FramesPerSecond, BitrateKbps = s.BitrateKbps, GopFrames = s.GopFrames };

    /// <summary>Draws the saved masks into the scene (every stream shows them).</summary>
    internal void ApplyMasksToScene()
    {
        var masks = Read(s => s.Masks.Select(ToPrivacyMask).ToArray());
        _scene.SetMasks(masks);
    }

    private static PrivacyMask ToPrivacyMask(CameraState.MaskState m)
    {
        // pixelated and blurred masks are drawn as a flat grey fill: the content is hidden all the same
        var color = m.Type == "Color" && m.Rgb.Length == 3 ? new RgbColor(m.Rgb[0], m.Rgb[1], m.Rgb[2]) : RgbColor.Gray;
        return new PrivacyMask([.. m.Points.Select(p => new NormalizedPoint(p[0], p[1]))], color, m.Enabled);
    }
}
