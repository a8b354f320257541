namespace Vms.Storage.Fmp4.Boxes;

/// <summary>Writes one <c>trak</c>: header, media header, handler, media information and sample table.</summary>
internal static class TrackBox
{
    // trak (ISO/IEC 14496-12 §8.3.1)
    // +---------+--------+--------------------------------------------------------------------------+
    // | size:32 | 'trak' | tkhd                                                                     |
    // |         |        | mdia (§8.4.1)                                                            |
    // |         |        |   mdhd (timescale = codec clock rate)                                    |
    // |         |        |   hdlr ('vide' / 'soun')                                                 |
    // |         |        |   minf (§8.4.4)                                                          |
    // |         |        |     vmhd | smhd                                                          |
    // |         |        |     dinf                                                                 |
    // |         |        |     stbl                                                                 |
    // +---------+--------+--------------------------------------------------------------------------+
    public static void Write(BoxBuffer b, Fmp4Track track, DateTimeOffset creationUtc)
    {
        var trak = b.BeginBox(BoxType.Trak);
        TrackHeaderBox.Write(b, creationUtc, (uint)track.TrackId, !track.IsVideo, track.Video?.Width ?? 0, track.Video?.Height ?? 0);
        var mdia = b.BeginBox(BoxType.Mdia);
        MediaHeaderBox.Write(b, creationUtc, (uint)track.Timescale);
        if (track.IsVideo)
        {
            HandlerBox.Write(b, BoxType.HandlerVideo, "VideoHandler");
        }
        else
        {
            HandlerBox.Write(b, BoxType.HandlerSound, "SoundHandler");
        }

        var minf = b.BeginBox(BoxType.Minf);
        if (track.IsVideo)
        {
            MediaInformationHeaderBox.WriteVideo(b);
        }
        else
        {
            MediaInformationHeaderBox.WriteSound(b);
        }

        DataInformationBox.Write(b);
        SampleTableBox.Write(b, track);
        b.EndBox(minf);
        b.EndBox(mdia);
        b.EndBox(trak);
    }
}
