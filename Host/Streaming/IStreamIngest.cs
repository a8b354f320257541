using Vms.Rtsp.Media;

namespace Vms.Host.Streaming;

/// <summary>
/// Where a camera supervisor delivers what its RTSP pull produces. The supervisor opens a feed each time a
/// pull starts (with the tracks the camera described) and disposes it when the pull ends, whatever the
/// reason; the time between two feeds is a gap in the recordings.
/// </summary>
public interface IStreamIngest
{
    IStreamFeed Open(string cameraId, CameraStreamKind stream, IReadOnlyList<MediaTrack> tracks);
}
