using System.Globalization;
using System.Net;
using System.Text.Json;
using Vms.Simulators.Camera;
using Vms.Simulators.Faults;
using Vms.Simulators.Video;

namespace Vms.Simulators.Fleet;

/// <summary>
/// Reads a fleet file (JSON, comments and trailing commas allowed, at most 1 MiB):
/// <code>
/// { "cameras": [ { "name": "cam-01", "kind": "ptz", "address": "127.0.1.1", "httpPort": 80, "rtspPort": 554,
///                  "main": { "resolution": "1920x1080", "fps": 12, "bitrateKbps": 2048, "gop": 24 },
///                  "sub":  { "resolution": "640x360" }, "location": "Place de la Mairie", "hardware": "SIM-PTZ",
///                  "username": "admin", "password": "admin" } ],
///   "faults": [ { "camera": "cam-01", "fault": "reboot", "at": "+30s", "duration": "10s", "every": "5m", "times": 3 } ] }
/// </code>
/// Unknown properties, wrong types and out-of-range values are errors; every error is a <see cref="FleetUsageException"/>
/// whose one-line message names the file and the JSON path (<c>fleet.json: cameras[2].kind: ...</c>).
/// </summary>
public static class FleetFileReader
{
    public const int MaxBytes = 1024 * 1024;

    private static readonly string[] CameraProperties = ["name", "kind", "address", "httpPort", "rtspPort", "main", "sub", "location", "hardware", "username", "password"];
    private static readonly string[] StreamProperties = ["resolution", "fps", "bitrateKbps", "gop"];
    private static readonly string[] FaultProperties = ["camera", "fault", "at", "duration", "every", "times", "percent", "offset", "delay", "seed"];

    public static FleetFile ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var label = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new FleetUsageException($"fleet file '{path}' does not exist");
            }

            if (info.Length > MaxBytes)
            {
                throw new FleetUsageException($"{label}: larger than {MaxBytes} bytes");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new FleetUsageException($"fleet file '{path}' cannot be read: {ex.Message}", ex);
        }

        return Read(bytes, label);
    }

    /// <summary>Reads fleet JSON; <paramref name="label"/> prefixes error messages.</summary>
    public static FleetFile Read(ReadOnlySpan<byte> json, string label)
    {
        if (json.Length > MaxBytes)
        {
            throw new FleetUsageException($"{label}: larger than {MaxBytes} bytes");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            throw new FleetUsageException($"{label}: not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1})", ex);
        }

        using (document)
        {
            var context = new Context(label);
            var root = document.RootElement;
            context.ExpectKind(root, JsonValueKind.Object, "$");
            context.OnlyProperties(root, "$", ["cameras", "faults"]);
            if (!root.TryGetProperty("cameras", out var camerasElement))
            {
                throw context.Error("$", "'cameras' is missing");
            }

            context.ExpectKind(camerasElement, JsonValueKind.Array, "cameras");
            var count = camerasElement.GetArrayLength();
            if (count is 0 or > FleetOptions.MaxCameras)
            {
                throw context.Error("cameras", $"needs 1 to {FleetOptions.MaxCameras} cameras, has {count}");
            }

            var cameras = new List<FleetFileCamera>(count);
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var index = 0;
            foreach (var element in camerasElement.EnumerateArray())
            {
                var camera = ReadCamera(context, element, $"cameras[{index}]", index, count);
                if (!names.Add(camera.Spec.Name))
                {
                    throw context.Error($"cameras[{index}].name", $"'{camera.Spec.Name}' is used twice");
                }

                cameras.Add(camera);
                index++;
            }

            var faults = new List<ScheduledFault>();
            if (root.TryGetProperty("faults", out var faultsElement))
            {
                context.ExpectKind(faultsElement, JsonValueKind.Array, "faults");
                if (faultsElement.GetArrayLength() > 1000)
                {
                    throw context.Error("faults", "more than 1000 entries");
                }

                index = 0;
                foreach (var element in faultsElement.EnumerateArray())
                {
                    var fault = ReadFault(context, element, $"faults[{index}]");
                    if (!names.Contains(fault.Camera))
                    {
                        throw context.Error($"faults[{index}].camera", $"no camera named '{FaultRequest.Clip(fault.Camera)}' in the file");
                    }

                    faults.Add(fault);
                    index++;
                }
            }

            return new FleetFile(cameras, faults);
        }
    }

    private static FleetFileCamera ReadCamera(Context c, JsonElement e, string path, int index, int count)
    {
        c.ExpectKind(e, JsonValueKind.Object, path);
        c.OnlyProperties(e, path, CameraProperties);
        var name = c.String(e, path, "name") ?? FleetNames.Default(index, count);
        if (!FleetNames.IsValid(name))
        {
            throw c.Error(path + ".name", $"'{FaultRequest.Clip(name)}' must be 1-64 letters, digits, '-', '_' or '.'");
        }

        var kind = CameraKind.Fixed;
        if (c.String(e, path, "kind") is { } kindText && !FleetKinds.TryParse(kindText, allowMixed: false, out kind, out _))
        {
            throw c.Error(path + ".kind", $"'{FaultRequest.Clip(kindText)}' is not one of fixed|ptz|panoramic|nomadic");
        }

        IPAddress? address = null;
        if (c.String(e, path, "address") is { } addressText && !IPAddress.TryParse(addressText, out address))
        {
            throw c.Error(path + ".address", $"'{FaultRequest.Clip(addressText)}' is not an IP address");
        }

        var httpPort = c.Int(e, path, "httpPort", 0, 65535);
        var rtspPort = c.Int(e, path, "rtspPort", 0, 65535);
        var spec = new FleetCameraSpec
        {
            Name = name,
            Kind = kind,
            Address = address ?? IPAddress.Loopback,
            HttpPort = httpPort ?? 0,
            RtspPort = rtspPort ?? 0,
            MainStream = ReadStream(c, e, path, "main"),
            SubStream = ReadStream(c, e, path, "sub"),
            Location = c.String(e, path, "location") ?? "France",
            Hardware = c.String(e, path, "hardware") ?? "VMS-SIM",
            Username = c.String(e, path, "username") ?? "admin",
            Password = c.String(e, path, "password") ?? "admin",
        };
        if (spec.Username.Length is 0 or > 64 || spec.Password.Length > 128)
        {
            throw c.Error(path, "username must be 1-64 characters and password at most 128");
        }

        return new FleetFileCamera(spec, address is not null, httpPort is not null, rtspPort is not null);
    }

    private static VideoStreamSettings? ReadStream(Context c, JsonElement camera, string cameraPath, string property)
    {
        if (!camera.TryGetProperty(property, out var e))
        {
            return null;
        }

        var path = cameraPath + "." + property;
        c.ExpectKind(e, JsonValueKind.Object, path);
        c.OnlyProperties(e, path, StreamProperties);
        var settings = new VideoStreamSettings();
        if (c.String(e, path, "resolution") is { } resolution)
        {
            var (width, height) = ParseResolution(resolution) ?? throw c.Error(path + ".resolution", $"'{FaultRequest.Clip(resolution)}' must look like 1920x1080");
            settings = settings with { Width = width, Height = height };
        }

        settings = settings with
        {
            FramesPerSecond = c.Int(e, path, "fps", 1, VideoStreamSettings.MaxFramesPerSecond) ?? settings.FramesPerSecond,
            BitrateKbps = c.Int(e, path, "bitrateKbps", 0, VideoStreamSettings.MaxBitrateKbps) ?? settings.BitrateKbps,
            GopFrames = c.Int(e, path, "gop", 1, VideoStreamSettings.MaxGopFrames) ?? settings.GopFrames,
        };
        try
        {
            settings.Validate();
        }
        catch (ArgumentException ex)
        {
            throw c.Error(path, ex.Message.Split(" (Parameter", 2)[0]);
        }

        return settings;
    }

    /// <summary><c>WIDTHxHEIGHT</c> (x or ×), or null.</summary>
    public static (int Width, int Height)? ParseResolution(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(['x', 'X', '×'], 2);
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var w)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            ? (w, h)
            : null;
    }

    private static ScheduledFault ReadFault(Context c, JsonElement e, string path)
    {
        c.ExpectKind(e, JsonValueKind.Object, path);
        c.OnlyProperties(e, path, FaultProperties);
        var camera = c.String(e, path, "camera") ?? throw c.Error(path, "'camera' is missing");
        var faultName = c.String(e, path, "fault") ?? throw c.Error(path, "'fault' is missing");
        if (!FaultNames.TryParse(faultName, out var kind))
        {
            throw c.Error(path + ".fault", $"'{FaultRequest.Clip(faultName)}' is not one of {FaultNames.All}");
        }

        FaultRequest request;
        try
        {
            request = FaultRequest.FromParameters(kind, p => p is "percent" or "seed" ? c.NumberText(e, path, p) : c.String(e, path, p));
        }
        catch (FormatException ex)
        {
            throw c.Error(path, ex.Message);
        }

        var at = Span(c, e, path, "at", allowSign: true) ?? TimeSpan.Zero;
        if (at < TimeSpan.Zero)
        {
            throw c.Error(path + ".at", "must not be before the fleet starts");
        }

        var every = Span(c, e, path, "every", allowSign: false);
        if (every is { } period && period < TimeSpan.FromSeconds(1))
        {
            throw c.Error(path + ".every", "must be at least 1s");
        }

        var times = c.Int(e, path, "times", 1, 1_000_000);
        if (times is not null && every is null)
        {
            throw c.Error(path + ".times", "needs 'every'");
        }

        return new ScheduledFault(camera, request, at) { Every = every, Times = times };
    }

    private static TimeSpan? Span(Context c, JsonElement e, string path, string property, bool allowSign)
    {
        if (c.String(e, path, property) is not { } text)
        {
            return null;
        }

        return DurationText.TryParse(text, allowSign, out var value)
            ? value
            : throw c.Error(path + "." + property, $"'{FaultRequest.Clip(text)}' is not a duration (e.g. +30s, 5m, 1h30m)");
    }

    private sealed class Context(string label)
    {
        public FleetUsageException Error(string path, string message) => new($"{label}: {path}: {message}");

        public void ExpectKind(JsonElement e, JsonValueKind kind, string path)
        {
            if (e.ValueKind != kind)
            {
                throw Error(path, $"must be a JSON {kind.ToString().ToLowerInvariant()}, is {e.ValueKind.ToString().ToLowerInvariant()}");
            }
        }

        public void OnlyProperties(JsonElement e, string path, string[] allowed)
        {
            foreach (var property in e.EnumerateObject())
            {
                if (!allowed.Contains(property.Name, StringComparer.Ordinal))
                {
                    throw Error(path, $"unknown property '{FaultRequest.Clip(property.Name)}' (allowed: {string.Join(", ", allowed)})");
                }
            }
        }

        public string? String(JsonElement e, string path, string property)
        {
            if (!e.TryGetProperty(property, out var value))
            {
                return null;
            }

            ExpectKind(value, JsonValueKind.String, path + "." + property);
            return value.GetString();
        }

        public string? NumberText(JsonElement e, string path, string property)
        {
            if (!e.TryGetProperty(property, out var value))
            {
                return null;
            }

            ExpectKind(value, JsonValueKind.Number, path + "." + property);
            return value.GetRawText();
        }

        public int? Int(JsonElement e, string path, string property, int min, int max)
        {
            if (!e.TryGetProperty(property, out var value))
            {
                return null;
            }

            ExpectKind(value, JsonValueKind.Number, path + "." + property);
            return value.TryGetInt32(out var n) && n >= min && n <= max
                ? n
                : throw Error(path + "." + property, $"{FaultRequest.Clip(value.GetRawText())} is not an integer within {min}..{max}");
        }
    }
}
