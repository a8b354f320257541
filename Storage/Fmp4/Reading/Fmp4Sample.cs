namespace Vms.Storage.Fmp4.Reading;

/// <summary>One sample located by a fragment: where its bytes are and its timing (track timescale).</summary>
internal readonly record struct Fmp4Sample(long Offset, int Size, long DecodeTime, int CompositionOffset, uint Duration, bool IsSync)
{
    public long PresentationTime => DecodeTime + CompositionOffset;
}
