using System.Globalization;
using System.Text.Json;
using Vms.Storage.Index;

namespace Vms.Storage.Export;

/// <summary>
/// The canonical JSON of an <see cref="ExportManifest"/>, so the exact bytes can be hashed and signed:
/// UTF-8 without BOM, no whitespace, properties in the fixed order below, strings escaped by
/// <see cref="Utf8JsonWriter"/>'s default encoder (non-ASCII as <c>\uXXXX</c>), integers in decimal, instants as
/// <c>yyyy-MM-ddTHH:mm:ss.ffffffZ</c> (UTC, microseconds). Order: format, camera, stream, requested{from,to},
/// actual{from,to}, gaps[{from,to}], segments[{path,start,end,bytes,sha256}],
/// video{file,bytes,sha256,codec,width,height,frames,keyframes,durationUs}, exporter, requisition, createdAt, tool.
/// </summary>
public static class ManifestJson
{
    /// <summary>Largest manifest accepted when reading.</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    public static byte[] Serialize(ExportManifest m)
    {
        ArgumentNullException.ThrowIfNull(m);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("format", m.Format);
            w.WriteString("camera", m.CameraId);
            w.WriteString("stream", m.StreamName);
            WriteRange(w, "requested", m.Requested);
            WriteRange(w, "actual", m.Actual);
            w.WriteStartArray("gaps");
            foreach (var g in m.Gaps)
            {
                WriteRange(w, null, g);
            }

            w.WriteEndArray();
            w.WriteStartArray("segments");
            foreach (var s in m.Segments)
            {
                w.WriteStartObject();
                w.WriteString("path", s.Path);
                w.WriteString("start", Time(s.StartUtc));
                w.WriteString("end", Time(s.EndUtc));
                w.WriteNumber("bytes", s.Bytes);
                w.WriteString("sha256", s.Sha256);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartObject("video");
            w.WriteString("file", m.Video.File);
            w.WriteNumber("bytes", m.Video.Bytes);
            w.WriteString("sha256", m.Video.Sha256);
            w.WriteString("codec", m.Video.Codec);
            w.WriteNumber("width", m.Video.Width);
            w.WriteNumber("height", m.Video.Height);
            w.WriteNumber("frames", m.Video.Frames);
            w.WriteNumber("keyframes", m.Video.Keyframes);
            w.WriteNumber("durationUs", m.Video.DurationUs);
            w.WriteEndObject();
            w.WriteString("exporter", m.Exporter);
            w.WriteString("requisition", m.Requisition);
            w.WriteString("createdAt", Time(m.CreatedAtUtc));
            w.WriteString("tool", m.Tool);
            w.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>Reads a manifest; throws <see cref="FormatException"/> naming what is wrong.</summary>
    public static ExportManifest Parse(ReadOnlySpan<byte> json)
    {
        if (json.Length > MaxBytes)
        {
            throw new FormatException($"manifest is {json.Length} bytes, more than {MaxBytes}");
        }

        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 8 });
            using var doc = JsonDocument.ParseValue(ref reader);
            var r = doc.RootElement;
            var video = r.GetProperty("video");
            return new ExportManifest(
                Str(r, "format"),
                Str(r, "camera"),
                Str(r, "stream"),
                Range(r.GetProperty("requested")),
                Range(r.GetProperty("actual")),
                [.. r.GetProperty("gaps").EnumerateArray().Select(Range)],
                [.. r.GetProperty("segments").EnumerateArray().Select(s => new ExportedSegment(
                    Str(s, "path"),
                    ParseTime(Str(s, "start")),
                    ParseTime(Str(s, "end")),
                    s.GetProperty("bytes").GetInt64(),
                    Str(s, "sha256")))],
                new ExportedVideo(
                    Str(video, "file"),
                    video.GetProperty("bytes").GetInt64(),
                    Str(video, "sha256"),
                    Str(video, "codec"),
                    video.GetProperty("width").GetInt32(),
                    video.GetProperty("height").GetInt32(),
                    video.GetProperty("frames").GetInt32(),
                    video.GetProperty("keyframes").GetInt32(),
                    video.GetProperty("durationUs").GetInt64()),
                Str(r, "exporter"),
                Str(r, "requisition"),
                ParseTime(Str(r, "createdAt")),
                Str(r, "tool"));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new FormatException("manifest is malformed: " + e.Message, e);
        }
    }

    internal static string Time(DateTimeOffset instant) => UnixMicros.Truncate(instant).UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.ParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static void WriteRange(Utf8JsonWriter w, string? name, TimeRange range)
    {
        if (name is null)
        {
            w.WriteStartObject();
        }
        else
        {
            w.WriteStartObject(name);
        }

        w.WriteString("from", Time(range.Start));
        w.WriteString("to", Time(range.End));
        w.WriteEndObject();
    }

    private static TimeRange Range(JsonElement e) => new(ParseTime(Str(e, "from")), ParseTime(Str(e, "to")));

    private static string Str(JsonElement e, string name) =>
        e.GetProperty(name).GetString() ?? throw new FormatException($"'{name}' is null");
}
