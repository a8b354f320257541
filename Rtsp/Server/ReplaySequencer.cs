using Vms.Rtsp.Media;

namespace Vms.Rtsp.Server;

/// <summary>
/// Decides the ONVIF replay flags of a playback's access units. The E flag belongs to the last unit before a gap,
/// which is known only when the track's next unit arrives, so each track's latest unit is held until then (or
/// until the end): a unit is released one unit of its track late. A gap is a unit the source marks
/// (<see cref="RtspPlaybackUnit.FollowsGap"/>) or a jump of the recorded time of more than
/// <see cref="GapTolerance"/> beyond the media time; a jump (a seek while playing) drops what is held and marks
/// the next unit of every track D. <c>Frames: intra</c> drops non-keyframes (and keyframes closer than the
/// interval in recording time).
/// </summary>
internal sealed class ReplaySequencer
{
    /// <summary>Recorded time beyond the media time between two units of a track that counts as a recording gap.</summary>
    public static readonly TimeSpan GapTolerance = TimeSpan.FromSeconds(1);

    private readonly int[] _clockRates;
    private readonly AccessUnit?[] _held;
    private readonly bool[] _heldDiscontinuity;
    private readonly bool[] _gapPending;
    private readonly bool[] _jumpPending;
    private readonly DateTimeOffset?[] _lastIntra;

    public ReplaySequencer(IReadOnlyList<MediaTrack> tracks)
    {
        var n = tracks.Count;
        _clockRates = new int[n];
        for (var i = 0; i < n; i++)
        {
            _clockRates[i] = tracks[i].ClockRate;
        }

        _held = new AccessUnit?[n];
        _heldDiscontinuity = new bool[n];
        _gapPending = new bool[n];
        _jumpPending = new bool[n];
        _lastIntra = new DateTimeOffset?[n];
    }

    public ReplaySettings Settings { get; set; } = ReplaySettings.Default(0);

    /// <summary>The earliest unit held (what the viewer will receive first), if any.</summary>
    public (int Track, AccessUnit Unit)? FirstHeld
    {
        get
        {
            (int, AccessUnit)? first = null;
            var firstSeconds = double.MaxValue;
            for (var i = 0; i < _held.Length; i++)
            {
                if (_held[i] is { } unit && (double)unit.Dts / _clockRates[i] < firstSeconds)
                {
                    firstSeconds = (double)unit.Dts / _clockRates[i];
                    first = (i, unit);
                }
            }

            return first;
        }
    }

    /// <summary>False for a unit <c>Frames</c> leaves out.</summary>
    public bool Wants(int track, AccessUnit unit)
    {
        if (!Settings.IntraOnly)
        {
            return true;
        }

        if (!unit.IsKeyframe)
        {
            return false;
        }

        if (Settings.IntraInterval is { } interval && unit.WallClock is { } clock)
        {
            if (_lastIntra[track] is { } last && clock - last < interval && clock >= last)
            {
                return false;
            }

            _lastIntra[track] = clock;
        }

        return true;
    }

    /// <summary>True when the unit is recorded after the end of the requested range.</summary>
    public bool IsPastEnd(AccessUnit unit) => Settings.End is { } end && unit.WallClock is { } clock && clock > end;

    /// <summary>Takes the next unit of a track; returns the unit it releases (the track's previous one), if any.</summary>
    public ReplayUnit? Offer(int track, AccessUnit unit, bool followsGap)
    {
        if (followsGap)
        {
            Array.Fill(_gapPending, true);
        }

        var previous = _held[track];
        var gap = _gapPending[track] || (previous is not null && IsGap(track, previous, unit));
        _gapPending[track] = false;
        ReplayUnit? released = previous is null ? null : new ReplayUnit(track, previous, gap, _heldDiscontinuity[track], false);
        _held[track] = unit;
        _heldDiscontinuity[track] = _jumpPending[track] || gap;
        _jumpPending[track] = false;
        return released;
    }

    /// <summary>The next unit of every track follows a gap (one the source marked on a unit <c>Frames</c> left out).</summary>
    public void NoteGap() => Array.Fill(_gapPending, true);

    /// <summary>
    /// Releases every held unit as the last of its track (T; and E when <paramref name="endOfFootage"/>: no more
    /// recording follows, rather than the end of the requested range), earliest first.
    /// </summary>
    public List<ReplayUnit> Flush(bool endOfFootage)
    {
        var units = new List<ReplayUnit>();
        for (var i = 0; i < _held.Length; i++)
        {
            if (_held[i] is { } unit)
            {
                units.Add(new ReplayUnit(i, unit, endOfFootage, _heldDiscontinuity[i], true));
                _held[i] = null;
            }
        }

        units.Sort((a, b) => ((double)a.Unit.Dts / _clockRates[a.Track]).CompareTo((double)b.Unit.Dts / _clockRates[b.Track]));
        return units;
    }

    /// <summary>A seek while playing: what is held belongs to the old position and is dropped; the next unit of each track is marked D.</summary>
    public void Jump()
    {
        Array.Clear(_held);
        Array.Clear(_heldDiscontinuity);
        Array.Clear(_gapPending);
        Array.Clear(_lastIntra);
        Array.Fill(_jumpPending, true);
    }

    private bool IsGap(int track, AccessUnit previous, AccessUnit next)
    {
        if (previous.WallClock is not { } before || next.WallClock is not { } after)
        {
            return false;
        }

        var media = TimeSpan.FromSeconds((double)(next.Dts - previous.Dts) / _clockRates[track]);
        var recorded = after - before;
        return recorded < TimeSpan.Zero || recorded - media > GapTolerance;
    }
}
