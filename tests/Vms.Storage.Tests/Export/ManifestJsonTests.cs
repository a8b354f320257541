using System.Text;
using Vms.Storage.Export;
using Vms.Storage.Index;

namespace Vms.Storage.Tests.Export;

public sealed class ManifestJsonTests
{
    private static readonly DateTimeOffset T = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void SerializeThenParse_Manifest_RoundTripsToTheSameBytes()
    {
        var bytes = ManifestJson.Serialize(Sample());

        var parsed = ManifestJson.Parse(bytes);

        Assert.Equal(bytes, ManifestJson.Serialize(parsed));
        Assert.Equal(Sample().Segments, parsed.Segments);
        Assert.Equal(Sample().Gaps, parsed.Gaps);
        Assert.Equal(Sample().Video, parsed.Video);
        Assert.StartsWith("{\"format\":\"vms-evidence-export/1\",\"camera\":\"cam\\u00E9 1\",\"stream\":\"main\",\"requested\":{\"from\":\"2026-03-10T08:00:00.000000Z\"", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeededGarbageAndMutations_ThrowsOnlyFormatException()
    {
        var valid = ManifestJson.Serialize(Sample());
        var random = new Random(4242);
        for (var i = 0; i < 2_000; i++)
        {
            var input = (byte[])valid.Clone();
            var edits = random.Next(1, 4);
            for (var e = 0; e < edits; e++)
            {
                input[random.Next(input.Length)] = (byte)random.Next(256);
            }

            if (i % 10 == 0)
            {
                input = input[..random.Next(input.Length)];
            }

            try
            {
                ManifestJson.Parse(input);
            }
            catch (FormatException)
            {
            }
        }
    }

    [Fact]
    public void Parse_Oversized_IsRefused()
    {
        var big = new byte[ManifestJson.MaxBytes + 1];

        Assert.Throws<FormatException>(() => ManifestJson.Parse(big));
    }

    private static ExportManifest Sample() => new(
        ExportManifest.CurrentFormat,
        "camé 1",
        "main",
        new TimeRange(T, T.AddMinutes(5)),
        new TimeRange(T.AddSeconds(-0.5), T.AddMinutes(5)),
        [new TimeRange(T.AddMinutes(1), T.AddMinutes(2))],
        [new ExportedSegment("r1:cam/a.mp4", T, T.AddMinutes(1), 1234, new string('a', 64))],
        new ExportedVideo("export.mp4", 999, new string('b', 64), "H264", 640, 360, 3600, 300, 300_000_000),
        "user:x",
        "PV \"1\"",
        T.AddDays(1),
        "Vms.Storage/1.0");
}
