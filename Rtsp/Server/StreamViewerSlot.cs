namespace Vms.Rtsp.Server;

/// <summary>A viewer attached to a live stream and whether it has started (received its first keyframe).</summary>
internal struct StreamViewerSlot(IStreamViewer viewer, bool started)
{
    public IStreamViewer Viewer = viewer;
    public bool Started = started;
}
