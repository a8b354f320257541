namespace Vms.Simulators.Camera;

/// <summary>
/// The packet-loss fault of the fleet: a share of access units is never handed to the RTSP stream, so every
/// viewer (UDP or TCP) sees the gaps a lossy network leaves (missing frames, broken references until the next
/// IDR). Not persisted.
/// </summary>
public sealed partial class SimulatedCamera
{
    private long _packetLossBits;

    /// <summary>Share of access units dropped before packetization, 0 to 100 (0: none).</summary>
    public double PacketLossPercent
    {
        get => BitConverter.Int64BitsToDouble(Interlocked.Read(ref _packetLossBits));
        set
        {
            if (double.IsNaN(value) || value < 0 || value > 100)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "a percentage within 0..100");
            }

            Interlocked.Exchange(ref _packetLossBits, BitConverter.DoubleToInt64Bits(value));
        }
    }

    /// <summary>True when the next access unit is to be lost (called once per unit by the stream pump).</summary>
    internal bool LoseAccessUnit()
    {
        var percent = PacketLossPercent;
        return percent > 0 && Random.Shared.NextDouble() * 100 < percent;
    }
}
