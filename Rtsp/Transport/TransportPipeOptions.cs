using System.IO.Pipelines;

namespace Vms.Rtsp.Transport;

/// <summary>Pipe sizes of a connection: the output threshold is the back-pressure point of its single writer.</summary>
internal static class TransportPipeOptions
{
    /// <summary>Receive side: large enough for interleaved media arriving at a client.</summary>
    public static PipeOptions Input { get; } = new(
        pauseWriterThreshold: 1024 * 1024,
        resumeWriterThreshold: 512 * 1024,
        minimumSegmentSize: 16 * 1024,
        useSynchronizationContext: false);

    /// <summary>Send side: the writer waits when this much is unsent, and its own bounded queue takes over.</summary>
    public static PipeOptions Output { get; } = new(
        pauseWriterThreshold: 64 * 1024,
        resumeWriterThreshold: 32 * 1024,
        minimumSegmentSize: 16 * 1024,
        useSynchronizationContext: false);
}
