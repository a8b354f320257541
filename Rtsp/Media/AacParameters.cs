namespace Vms.Rtsp.Media;

/// <summary>AAC: the MPEG-4 AudioSpecificConfig plus its decoded rate and channel count.</summary>
public sealed record AacParameters(byte[] AudioSpecificConfig, int SampleRate, int Channels) : CodecParameters
{
    public override CodecId Codec => CodecId.Aac;

    public override MediaKind Kind => MediaKind.Audio;

    public override int ClockRate => SampleRate;

    public bool Equals(AacParameters? other) =>
        other is not null && SampleRate == other.SampleRate && Channels == other.Channels &&
        AudioSpecificConfig.AsSpan().SequenceEqual(other.AudioSpecificConfig);

    public override int GetHashCode() => HashCode.Combine(SampleRate, Channels);
}
