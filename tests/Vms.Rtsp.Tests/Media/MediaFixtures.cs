using Vms.Rtsp.Media;
using Vms.TestSupport;

namespace Vms.Rtsp.Tests.Media;

/// <summary>The ffmpeg-made elementary streams in Fixtures/Media, split into NAL units and access units.</summary>
internal static class MediaFixtures
{
    public static List<ReadOnlyMemory<byte>> NalUnits(string name) => AnnexB.Split(Fixtures.Bytes(Path.Combine("Media", name)));

    public static byte[] FirstNal(string name, Func<ReadOnlyMemory<byte>, bool> predicate) =>
        NalUnits(name).First(predicate).ToArray();

    public static byte[] H264Sps(string name) => FirstNal(name, n => H264NalUnit.TypeOf(n.Span) == H264NalUnitType.Sps);

    public static byte[] H265Sps(string name) => FirstNal(name, n => H265NalUnit.TypeOf(n.Span) == H265NalUnitType.Sps);

    /// <summary>
    /// Groups an elementary stream into access units: a new one starts at a parameter set, SEI, AUD or a slice
    /// whose first_mb_in_slice / first_slice_segment_in_pic_flag says it starts a picture.
    /// </summary>
    public static List<List<ReadOnlyMemory<byte>>> AccessUnits(string name, CodecId codec) => GroupAccessUnits(NalUnits(name), codec);

    /// <summary>Groups the NAL units of an elementary stream into access units (see <see cref="AccessUnits"/>).</summary>
    public static List<List<ReadOnlyMemory<byte>>> GroupAccessUnits(IEnumerable<ReadOnlyMemory<byte>> nalUnits, CodecId codec)
    {
        var units = new List<List<ReadOnlyMemory<byte>>>();
        List<ReadOnlyMemory<byte>>? current = null;
        var sawVcl = false;
        foreach (var nal in nalUnits)
        {
            bool isVcl, startsPicture;
            if (codec == CodecId.H264)
            {
                var type = H264NalUnit.TypeOf(nal.Span);
                isVcl = H264NalUnit.IsVcl(type);
                startsPicture = isVcl && (nal.Span[1] & 0x80) != 0; // first_mb_in_slice == 0 → ue "1"
            }
            else
            {
                var type = H265NalUnit.TypeOf(nal.Span);
                isVcl = H265NalUnit.IsVcl(type);
                startsPicture = isVcl && (nal.Span[2] & 0x80) != 0; // first_slice_segment_in_pic_flag
            }

            if (current is null || (sawVcl && (!isVcl || startsPicture)))
            {
                current = [];
                units.Add(current);
                sawVcl = false;
            }

            current.Add(nal);
            sawVcl |= isVcl;
        }

        return units;
    }
}
