using System.Buffers.Binary;
using Vms.Rtsp.Server;

namespace Vms.Rtsp.Tests.Server;

/// <summary>Test double: a viewer that records what it receives and refuses packets beyond a capacity.</summary>
internal sealed class RecordingViewer(string id, int capacity = int.MaxValue) : IStreamViewer
{
    private readonly Lock _gate = new();

    public string Id => id;

    public List<(int Track, bool Rtcp, byte[] Packet)> Received { get; } = [];

    public string? EndReason { get; private set; }

    public bool Refused { get; private set; }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return Received.Count;
            }
        }
    }

    private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];

    /// <summary>Completes when at least <paramref name="count"/> packets have arrived.</summary>
    public Task WaitForCountAsync(int count)
    {
        lock (_gate)
        {
            if (Received.Count >= count)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, done));
            return done.Task;
        }
    }

    public bool Overflowed => Refused;

    public bool TryDeliver(int trackIndex, bool rtcp, ReadOnlyMemory<byte> packet)
    {
        lock (_gate)
        {
            if (Received.Count >= capacity)
            {
                Refused = true;
                return false;
            }

            Received.Add((trackIndex, rtcp, packet.ToArray()));
            foreach (var (count, done) in _waiters)
            {
                if (Received.Count >= count)
                {
                    done.TrySetResult();
                }
            }

            return true;
        }
    }

    public bool TryDeliverAll(int trackIndex, ReadOnlySpan<ReadOnlyMemory<byte>> packets, int framedChannel)
    {
        foreach (var packet in packets)
        {
            if (!TryDeliver(trackIndex, rtcp: false, packet))
            {
                return false;
            }
        }

        return true;
    }

    public void OnStreamEnded(string reason) => EndReason = reason;

    /// <summary>The H.264 NAL type carried by a one-NAL-per-packet RTP packet.</summary>
    public static int NalType(byte[] packet) => packet[12] & 0x1F;

    public static ushort Sequence(byte[] packet) => BinaryPrimitives.ReadUInt16BigEndian(packet.AsSpan(2));

    public static uint RtpTime(byte[] packet) => BinaryPrimitives.ReadUInt32BigEndian(packet.AsSpan(4));
}
