using Vms.Rtsp.Media;
using Vms.Storage.Fmp4;
using Vms.Storage.Segments;

namespace Vms.Host.Tests.Exports;

/// <summary>Writes real segment files (ftyp+moov, then one prft+moof+mdat+check fragment per GOP) from clip access units.</summary>
internal static class TestSegmentWriter
{
    public const int FrameDuration = 7_500; // 90 kHz / 12 fps

    /// <summary>Writes units [first, first+count) as one segment starting at <paramref name="startUtc"/>; returns what the index should hold.</summary>
    public static async Task<SegmentInfo> WriteAsync(string rootFolder, string camera, ClipAccessUnits clip, int first, int count, DateTimeOffset startUtc)
    {
        Assert.True(Fmp4Track.TryCreate(1, clip.Parameters, out var track, out var error), error);
        var relative = SegmentStore.GetRelativePath(camera, "main", startUtc);
        var path = Path.Combine(rootFolder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var metadata = new SegmentMetadata(camera, "main", startUtc, WallClockSource.SenderReport, [new SegmentTrackMetadata(1, clip.Parameters.Codec, 90_000, track.Video!.Width, track.Video.Height)]);
        var keyframes = 0;
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        {
            using (var init = new BoxBuffer())
            {
                InitSegment.Write(init, [track], metadata);
                await file.WriteAsync(init.WrittenMemory);
            }

            using var serializer = new FragmentSerializer();
            using var run = new TrackFragmentRun(1);
            uint sequence = 1;
            var i = first;
            while (i < first + count)
            {
                run.Clear();
                run.BaseMediaDecodeTime = (ulong)((i - first) * FrameDuration);
                var fragmentStart = i;
                do
                {
                    var (nals, isKey) = clip.Units[i];
                    var bytes = AnnexB.ToLengthPrefixed(nals);
                    run.Data.WriteBytes(bytes);
                    run.Samples.Add(new FragmentSample(FrameDuration, (uint)bytes.Length, isKey ? SampleFlags.Sync : SampleFlags.NonSync, 0));
                    keyframes += isKey ? 1 : 0;
                    i++;
                }
                while (i < first + count && !clip.Units[i].IsKeyframe);

                var wall = startUtc + TimeSpan.FromSeconds((fragmentStart - first) / 12.0);
                foreach (var piece in serializer.Serialize(sequence++, 1, wall, run.BaseMediaDecodeTime, [run], out _))
                {
                    await file.WriteAsync(piece);
                }
            }
        }

        return new SegmentInfo(
            camera,
            "main",
            startUtc,
            startUtc + TimeSpan.FromSeconds(count / 12.0),
            relative,
            new FileInfo(path).Length,
            clip.Parameters.Codec,
            track.Video.Width,
            track.Video.Height,
            count,
            keyframes);
    }
}
