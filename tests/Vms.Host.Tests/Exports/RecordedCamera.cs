using Vms.Host.Tests.Security;
using Vms.Storage.Tests.Export;

namespace Vms.Host.Tests.Exports;

/// <summary>Records the fixture clip (10 s, 12 fps) as five 2 s segments of one camera and indexes them.</summary>
internal static class RecordedCamera
{
    public static async Task RecordAsync(SecurityHarness h, string camera, DateTimeOffset start)
    {
        var clip = ClipAccessUnits.H264();
        var segments = new List<Vms.Storage.Segments.SegmentInfo>();
        for (var s = 0; s < 5; s++)
        {
            segments.Add(await TestSegmentWriter.WriteAsync(Path.Combine(h.Folder, SecurityHarness.Root), camera, clip, s * 24, 24, start.AddSeconds(2 * s)));
        }

        await h.Index.UpsertAsync(SecurityHarness.Root, segments, CancellationToken.None);
    }
}
