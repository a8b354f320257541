using Vms.Storage.Fmp4.Boxes;

namespace Vms.Storage.Fmp4;

/// <summary>The start of every segment file: <c>ftyp</c> then <c>moov</c>.</summary>
internal static class InitSegment
{
    /// <summary>
    /// Writes ftyp + moov for <paramref name="tracks"/>; returns the byte offset (from the start of the file) of
    /// mehd's 64-bit fragment_duration, which the finalizer patches.
    /// </summary>
    public static int Write(BoxBuffer b, IReadOnlyList<Fmp4Track> tracks, SegmentMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(tracks);
        if (tracks.Count == 0)
        {
            throw new ArgumentException("a segment needs at least one track", nameof(tracks));
        }

        FileTypeBox.Write(b);
        return MovieBox.Write(b, tracks, metadata);
    }
}
