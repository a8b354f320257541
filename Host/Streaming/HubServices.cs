using Vms.Host.Recording;
using Vms.Rtsp.Server;
using Vms.Storage.Recording;
using Vms.Storage.Segments;

namespace Vms.Host.Streaming;

/// <summary>What every hub needs, built once by <see cref="StreamIngest"/>.</summary>
internal sealed record HubServices(
    RecordingStorage Storage,
    SegmentWriterOptions SegmentOptions,
    RtspStreamOptions LiveOptions,
    TimeProvider Time,
    ILogger Logger,
    ILogger<RtspStream> StreamLogger,
    ILogger<CameraRecorder> RecorderLogger);
