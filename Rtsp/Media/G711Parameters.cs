namespace Vms.Rtsp.Media;

/// <summary>G.711 audio (PCMU when <paramref name="ALaw"/> is false, PCMA when true).</summary>
public sealed record G711Parameters(bool ALaw, int SampleRate = 8000, int Channels = 1) : CodecParameters
{
    public override CodecId Codec => ALaw ? CodecId.Pcma : CodecId.Pcmu;

    public override MediaKind Kind => MediaKind.Audio;

    public override int ClockRate => SampleRate;
}
