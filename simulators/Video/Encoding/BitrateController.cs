namespace Vms.Simulators.Video.Encoding;

/// <summary>
/// The bitrate model. A byte credit grows by the per-frame budget (target ÷ 8 ÷ fps) every frame and
/// shrinks by what the frame really cost. Before a P picture, the credit left after the picture's own
/// changes (estimated from recent pictures) buys refresh macroblocks: unchanged macroblocks re-sent as
/// I_PCM (≈386 bytes each), taken in raster order from a cursor that rolls over the picture, like the
/// intra-refresh band of a real encoder. IDRs overdraw the credit and the following P pictures repay
/// it, so the average over a GOP meets the target when the scene alone costs less than the target. Debt is
/// capped at one GOP's budget and savings at two frames' budget, so a scene that cannot meet the target
/// does not run up an unbounded debt and an idle spell does not end in a burst.
/// </summary>
internal sealed class BitrateController
{
    /// <summary>An I_PCM macroblock: mb_skip_run, mb_type, alignment and 384 samples.</summary>
    public const int PcmMacroblockBytes = 386;

    private double _perFrame;
    private double _credit;
    private double _maxDebt;
    private double _bytesPerChangedMb = PcmMacroblockBytes / 2.0;
    private int _cursor;

    /// <summary>Bytes the target allows per frame (0 when padding is off).</summary>
    public double BytesPerFrame => _perFrame;

    /// <summary>The current credit in bytes (negative while an IDR is being repaid).</summary>
    public double Credit => _credit;

    /// <summary>True when the debt has hit its cap: the scene alone costs more than the target.</summary>
    public bool AtDebtCap => _perFrame > 0 && _credit <= -_maxDebt;

    public void Configure(int bitrateKbps, int framesPerSecond, int gopFrames)
    {
        _perFrame = bitrateKbps * 1000.0 / 8 / framesPerSecond;
        _maxDebt = _perFrame * Math.Max(1, gopFrames);
        _credit = Math.Clamp(_credit, -_maxDebt, 2 * _perFrame);
    }

    /// <summary>Marks the refresh macroblocks of the next P picture in <paramref name="refresh"/> (cleared first); returns how many.</summary>
    public int SelectRefresh(bool[] changed, int changedCount, bool[] refresh)
    {
        Array.Clear(refresh);
        if (_perFrame <= 0)
        {
            return 0;
        }

        var estimate = changedCount * _bytesPerChangedMb;
        var wanted = (int)Math.Floor((_credit + _perFrame - estimate) / PcmMacroblockBytes);
        wanted = Math.Min(wanted, changed.Length - changedCount);
        var selected = 0;
        for (var scanned = 0; scanned < changed.Length && selected < wanted; scanned++)
        {
            var i = _cursor;
            _cursor = (_cursor + 1) % changed.Length;
            if (!changed[i])
            {
                refresh[i] = true;
                selected++;
            }
        }

        return selected;
    }

    /// <summary>Books a coded picture: its total bytes, and for P pictures what its changed macroblocks cost.</summary>
    public void Account(int pictureBytes, bool isIdr, int changedMbs, int changedBytes)
    {
        if (!isIdr && changedMbs > 0)
        {
            // a slowly moving average of what a changed macroblock costs, for the next estimate
            _bytesPerChangedMb += ((double)changedBytes / changedMbs - _bytesPerChangedMb) * 0.25;
        }

        if (_perFrame <= 0)
        {
            return;
        }

        _credit = Math.Clamp(_credit + _perFrame - pictureBytes, -_maxDebt, 2 * _perFrame);
    }
}
