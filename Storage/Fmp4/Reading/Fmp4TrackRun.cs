namespace Vms.Storage.Fmp4.Reading;

/// <summary>The samples of one track in one fragment (all its truns together).</summary>
internal sealed record Fmp4TrackRun(int TrackId, ulong BaseMediaDecodeTime, Fmp4Sample[] Samples)
{
    /// <summary>Decode time just after the last sample.</summary>
    public ulong EndDecodeTime
    {
        get
        {
            if (Samples.Length == 0)
            {
                return BaseMediaDecodeTime;
            }

            var last = Samples[^1];
            return (ulong)last.DecodeTime + last.Duration;
        }
    }
}
