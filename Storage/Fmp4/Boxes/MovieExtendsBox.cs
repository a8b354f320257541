namespace Vms.Storage.Fmp4.Boxes;

/// <summary>Writes <c>mvex</c>: the fragment duration (patched on finalize) and per-track fragment defaults.</summary>
internal static class MovieExtendsBox
{
    // mvex (ISO/IEC 14496-12 §8.8.1)
    // +---------+--------+
    // | size:32 | 'mvex' |
    // +---------+--------+--------------------------------------------------------------------------+
    // | mehd FullBox version 1 (§8.8.2), 20 bytes:                                                  |
    // |   | size:32 | 'mehd' | ver:8 = 1 | flags:24 = 0 | fragment_duration:64 (movie timescale) |  |
    // |   0 while the segment is written; the finalizer patches the total duration in place.       |
    // | trex FullBox (§8.8.3), 32 bytes, one per track:                                             |
    // |   | size:32 | 'trex' | ver:8 | flags:24 | track_ID:32 | default_sample_description_index:32 = 1 |
    // |   | default_sample_duration:32 = 0 | default_sample_size:32 = 0 | default_sample_flags:32 = 0 |
    // +---------------------------------------------------------------------------------------------+
    /// <summary>Writes the box; returns the buffer position of mehd's 64-bit fragment_duration.</summary>
    public static int Write(BoxBuffer b, IReadOnlyList<Fmp4Track> tracks)
    {
        var mvex = b.BeginBox(BoxType.Mvex);
        var mehd = b.BeginFullBox(BoxType.Mehd, 1, 0);
        var durationPosition = b.Length;
        b.WriteU64(0);
        b.EndBox(mehd);
        foreach (var track in tracks)
        {
            var trex = b.BeginFullBox(BoxType.Trex, 0, 0);
            b.WriteU32((uint)track.TrackId);
            b.WriteU32(1);
            b.WriteU32(0);
            b.WriteU32(0);
            b.WriteU32(0);
            b.EndBox(trex);
        }

        b.EndBox(mvex);
        return durationPosition;
    }
}
