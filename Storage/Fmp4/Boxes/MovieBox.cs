namespace Vms.Storage.Fmp4.Boxes;

/// <summary>Writes <c>moov</c>: movie header, one track per stream track, mvex, and the segment metadata box.</summary>
internal static class MovieBox
{
    // moov (ISO/IEC 14496-12 §8.2.1)
    // +---------+--------+-------------------------------------------------------------+
    // | size:32 | 'moov' | mvhd                                                        |
    // |         |        | trak (track 1: video)                                       |
    // |         |        | trak (track 2: audio, when recorded)                        |
    // |         |        | mvex (mehd + one trex per track)                            |
    // |         |        | uuid (segment metadata: camera, stream, UTC start, tracks)  |
    // +---------+--------+-------------------------------------------------------------+
    /// <summary>Writes the box; returns the buffer position of mehd's fragment_duration.</summary>
    public static int Write(BoxBuffer b, IReadOnlyList<Fmp4Track> tracks, SegmentMetadata metadata)
    {
        var moov = b.BeginBox(BoxType.Moov);
        var nextTrackId = 1;
        foreach (var t in tracks)
        {
            nextTrackId = Math.Max(nextTrackId, t.TrackId + 1);
        }

        MovieHeaderBox.Write(b, metadata.StartUtc, (uint)nextTrackId);
        foreach (var t in tracks)
        {
            TrackBox.Write(b, t, metadata.StartUtc);
        }

        var mehd = MovieExtendsBox.Write(b, tracks);
        SegmentMetadataBox.Write(b, metadata);
        b.EndBox(moov);
        return mehd;
    }
}
