using Vms.Rtsp.Media;

namespace Vms.Rtsp.Client;

/// <summary>One access unit received on track <see cref="TrackIndex"/> (index in <see cref="RtspClient.Tracks"/>).</summary>
public readonly record struct RtspMediaFrame(int TrackIndex, AccessUnit Unit);
