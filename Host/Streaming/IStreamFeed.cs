using Vms.Rtsp.Media;

namespace Vms.Host.Streaming;

/// <summary>One upstream pull of one camera stream, fanned out to the recorder and to live viewers.</summary>
public interface IStreamFeed : IAsyncDisposable
{
    /// <summary>Hands over one access unit of track <paramref name="trackIndex"/>; never blocks the caller.</summary>
    void Publish(int trackIndex, AccessUnit unit);
}
