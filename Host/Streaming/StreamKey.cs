namespace Vms.Host.Streaming;

/// <summary>One stream of one camera: its recording stream name and its live RTSP path.</summary>
public readonly record struct StreamKey(string CameraId, CameraStreamKind Kind)
{
    /// <summary>The stream name in segment files and the index (<c>main</c>, <c>sub</c>).</summary>
    public string StreamName => Kind == CameraStreamKind.Main ? "main" : "sub";

    /// <summary>The live RTSP path without the leading slash (<c>cam</c> or <c>cam/sub</c>).</summary>
    public string LivePath => Kind == CameraStreamKind.Main ? CameraId : CameraId + "/sub";

    public override string ToString() => CameraId + "/" + StreamName;
}
