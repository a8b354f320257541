namespace Vms.Rtsp.Server;

/// <summary>A consumer of packets fanned out by an <see cref="RtspStream"/> or a playback pump (one session's output).</summary>
internal interface IStreamViewer
{
    /// <summary>For logs.</summary>
    string Id { get; }

    /// <summary>
    /// Queues one packet for the viewer; must not block (called under the stream's lock). Tracks the viewer did
    /// not set up are ignored (true). False means the viewer cannot keep up and has been dropped.
    /// </summary>
    bool TryDeliver(int trackIndex, bool rtcp, ReadOnlyMemory<byte> packet);

    /// <summary>
    /// Queues RTP packets of one track (an access unit, or a run of the GOP cache) with the same rules as
    /// <see cref="TryDeliver"/>, in one queue operation. <paramref name="framedChannel"/>: the interleaved channel
    /// whose header precedes each packet in its buffer (<see cref="ITrackPacketizer.FramedChannel"/>), or -1.
    /// </summary>
    bool TryDeliverAll(int trackIndex, ReadOnlySpan<ReadOnlyMemory<byte>> packets, int framedChannel);

    /// <summary>True when a refused delivery meant the viewer could not keep up (false: it was closing anyway).</summary>
    bool Overflowed { get; }

    /// <summary>The stream ended (called once, outside the stream's lock).</summary>
    void OnStreamEnded(string reason);
}
