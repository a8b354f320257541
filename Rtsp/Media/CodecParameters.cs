namespace Vms.Rtsp.Media;

/// <summary>What a decoder needs before the first access unit, per codec.</summary>
public abstract record CodecParameters
{
    public abstract CodecId Codec { get; }

    public abstract MediaKind Kind { get; }

    /// <summary>RTP clock rate and timestamp unit of access units (90 kHz for video).</summary>
    public abstract int ClockRate { get; }
}
