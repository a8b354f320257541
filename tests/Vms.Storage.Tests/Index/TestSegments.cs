using System.Globalization;
using Vms.Rtsp.Media;
using Vms.Storage.Segments;

namespace Vms.Storage.Tests.Index;

/// <summary>Segment metadata for index tests, named as the store lays files out.</summary>
internal static class TestSegments
{
    public static readonly DateTimeOffset Day = new(2026, 3, 10, 0, 0, 0, TimeSpan.Zero);

    public static SegmentInfo Make(string camera, DateTimeOffset start, TimeSpan duration, long bytes = 1_000_000, string stream = "main") =>
        new(
            camera,
            stream,
            start,
            start + duration,
            PathFor(camera, stream, start),
            bytes,
            CodecId.H264,
            1920,
            1080,
            (int)(duration.TotalSeconds * 12),
            Math.Max(1, (int)duration.TotalSeconds / 2));

    public static string PathFor(string camera, string stream, DateTimeOffset start) =>
        string.Create(CultureInfo.InvariantCulture, $"{camera}/{start:yyyy}/{start:MM}/{start:dd}/{start:HH}/{start:yyyyMMdd'T'HHmmss'Z'}{(stream == "main" ? string.Empty : "-" + stream)}.mp4");

    /// <summary><paramref name="count"/> back-to-back segments of <paramref name="length"/> from <paramref name="start"/>.</summary>
    public static List<SegmentInfo> Run(string camera, DateTimeOffset start, int count, TimeSpan length, long bytes = 1_000_000, string stream = "main") =>
        [.. Enumerable.Range(0, count).Select(i => Make(camera, start + (length * i), length, bytes, stream))];
}
