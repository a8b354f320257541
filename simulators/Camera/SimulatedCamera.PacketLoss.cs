namespace Vms.Simulators.Camera;

/// <summary>
/// The packet-loss fault: true network loss on the UDP RTP path. The camera's RTSP server asks
/// <see cref="LoseUdpRtpPacket"/> before sending each UDP RTP packet and drops it with the configured probability,
/// drawn from a seeded generator (the same seed gives the same drop pattern for the same packet order). Viewers
/// over TCP (interleaved or HTTP tunnel) are unaffected, as on a real network where TCP retransmits; RTCP is
/// never dropped. Not persisted.
/// </summary>
public sealed partial class SimulatedCamera
{
    private readonly Lock _lossGate = new();
    private Random _lossRandom = new(0);
    private double _lossPercent;
    private long _lostPackets;

    /// <summary>Share of UDP RTP packets dropped at send, 0 to 100 (0: none). Setting it keeps the current seed.</summary>
    public double PacketLossPercent
    {
        get
        {
            lock (_lossGate)
            {
                return _lossPercent;
            }
        }

        set => SetPacketLoss(value, seed: null);
    }

    /// <summary>UDP RTP packets dropped by the packet-loss fault since the camera was created.</summary>
    public long LostPackets => Interlocked.Read(ref _lostPackets);

    /// <summary>Sets the loss probability and, when given, restarts the drop pattern from <paramref name="seed"/>.</summary>
    public void SetPacketLoss(double percent, int? seed)
    {
        if (double.IsNaN(percent) || percent < 0 || percent > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "a percentage within 0..100");
        }

        lock (_lossGate)
        {
            _lossPercent = percent;
            if (seed is { } s)
            {
                _lossRandom = new Random(s);
            }
        }
    }

    /// <summary>True when the next UDP RTP packet is to be dropped (called by every UDP session's send loop).</summary>
    internal bool LoseUdpRtpPacket()
    {
        lock (_lossGate)
        {
            if (_lossPercent <= 0 || _lossRandom.NextDouble() * 100 >= _lossPercent)
            {
                return false;
            }
        }

        Interlocked.Increment(ref _lostPackets);
        return true;
    }
}
