using System.Globalization;
using System.Text.Json;
using Vms.Rtsp.Media;

namespace Vms.Storage.Fmp4.Boxes;

/// <summary>
/// Writes and reads the segment metadata box: a <c>uuid</c> box (ISO/IEC 14496-12 §4.2 extended type) inside
/// <c>moov</c> holding a small UTF-8 JSON document. Players skip <c>uuid</c> boxes whose type they do not
/// know, so the file stays a plain fragmented MP4 to them.
/// </summary>
internal static class SegmentMetadataBox
{
    /// <summary>Largest JSON payload accepted when reading.</summary>
    public const int MaxPayloadBytes = 64 * 1024;

    /// <summary>The extended type d2d2495f-82fd-47f7-85db-ced109a1730e, in box byte order.</summary>
    public static ReadOnlySpan<byte> Uuid =>
        [0xd2, 0xd2, 0x49, 0x5f, 0x82, 0xfd, 0x47, 0xf7, 0x85, 0xdb, 0xce, 0xd1, 0x09, 0xa1, 0x73, 0x0e];

    // uuid (ISO/IEC 14496-12 §4.2), inside moov after mvex
    // +---------+--------+------------------------------------------------+-----------+--------------+
    // | size:32 | 'uuid' | usertype:128 = d2d2495f-82fd-47f7-85db-ced109a1730e | ver:8 = 1 | flags:24 = 0 |
    // +---------+--------+------------------------------------------------+-----------+--------------+
    // | UTF-8 JSON, no terminator:                                                                    |
    // | {"cameraId":"cam-1","streamName":"main","startUtc":"2026-07-01T10:00:00.1230000Z",            |
    // |  "wallClock":"camera","tracks":[{"trackId":1,"codec":"H264","timescale":90000,                 |
    // |  "width":640,"height":360}]}                                                                   |
    // | wallClock: "camera" (RTCP sender reports), "arrival" (recorder clock) or "unknown"             |
    // +-----------------------------------------------------------------------------------------------+
    public static void Write(BoxBuffer b, SegmentMetadata metadata)
    {
        var box = b.BeginBox(BoxType.Uuid);
        b.WriteBytes(Uuid);
        b.WriteU8(SegmentMetadata.CurrentVersion);
        b.WriteU24(0);
        b.WriteBytes(ToJson(metadata));
        b.EndBox(box);
    }

    /// <summary>The JSON payload, properties in a fixed order (so the bytes are deterministic).</summary>
    public static byte[] ToJson(SegmentMetadata m)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("cameraId", m.CameraId);
            w.WriteString("streamName", m.StreamName);
            w.WriteString("startUtc", m.StartUtc.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
            w.WriteString("wallClock", m.WallClock switch
            {
                WallClockSource.SenderReport => "camera",
                WallClockSource.ArrivalTime => "arrival",
                _ => "unknown",
            });
            w.WriteStartArray("tracks");
            foreach (var t in m.Tracks)
            {
                w.WriteStartObject();
                w.WriteNumber("trackId", t.TrackId);
                w.WriteString("codec", t.Codec.ToString());
                w.WriteNumber("timescale", t.Timescale);
                if (t.Width > 0)
                {
                    w.WriteNumber("width", t.Width);
                    w.WriteNumber("height", t.Height);
                }

                if (t.SampleRate > 0)
                {
                    w.WriteNumber("sampleRate", t.SampleRate);
                    w.WriteNumber("channels", t.Channels);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>True when a uuid box payload (after the box header) starts with our extended type.</summary>
    public static bool IsOurs(ReadOnlySpan<byte> uuidPayload) => uuidPayload.Length >= 16 && uuidPayload[..16].SequenceEqual(Uuid);

    /// <summary>Reads the payload of our uuid box (after the 16-byte extended type); throws on malformed content.</summary>
    public static SegmentMetadata Parse(ReadOnlySpan<byte> afterUuid)
    {
        if (afterUuid.Length < 4)
        {
            throw new FormatException("segment metadata box is shorter than its version field");
        }

        if (afterUuid[0] != SegmentMetadata.CurrentVersion)
        {
            throw new FormatException($"segment metadata version {afterUuid[0]} is not supported");
        }

        var json = afterUuid[4..];
        if (json.Length > MaxPayloadBytes)
        {
            throw new FormatException($"segment metadata is {json.Length} bytes, more than {MaxPayloadBytes}");
        }

        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 4 });
            using var doc = JsonDocument.ParseValue(ref reader);
            var root = doc.RootElement;
            var camera = root.GetProperty("cameraId").GetString() ?? throw new FormatException("cameraId is null");
            var stream = root.GetProperty("streamName").GetString() ?? throw new FormatException("streamName is null");
            var start = DateTimeOffset.Parse(root.GetProperty("startUtc").GetString() ?? string.Empty, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
            var clock = (root.TryGetProperty("wallClock", out var wc) ? wc.GetString() : null) switch
            {
                "camera" => WallClockSource.SenderReport,
                "arrival" => WallClockSource.ArrivalTime,
                _ => WallClockSource.Unknown,
            };
            var tracks = new List<SegmentTrackMetadata>();
            if (root.TryGetProperty("tracks", out var array))
            {
                foreach (var t in array.EnumerateArray())
                {
                    if (tracks.Count >= 16)
                    {
                        throw new FormatException("segment metadata lists more than 16 tracks");
                    }

                    tracks.Add(new SegmentTrackMetadata(
                        t.GetProperty("trackId").GetInt32(),
                        Enum.Parse<CodecId>(t.GetProperty("codec").GetString() ?? string.Empty),
                        t.GetProperty("timescale").GetInt32(),
                        Int(t, "width"),
                        Int(t, "height"),
                        Int(t, "sampleRate"),
                        Int(t, "channels")));
                }
            }

            return new SegmentMetadata(camera, stream, start, clock, tracks);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException or FormatException)
        {
            throw new FormatException("segment metadata is malformed: " + e.Message, e);
        }
    }

    private static int Int(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetInt32() : 0;
}
