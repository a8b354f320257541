using Vms.Rtsp.Media;
using Vms.Rtsp.Rtcp;
using Vms.Rtsp.Rtp;

namespace Vms.Rtsp.Payloads;

/// <summary>
/// Turns the RTP packets of one track, in sequence order, into <see cref="AccessUnit"/>s.
/// </summary>
/// <remarks>
/// Rules shared by every format: an access unit ends on the marker bit or when the timestamp changes (some cameras
/// never set the marker); a sequence gap (<c>lostBefore</c> &gt; 0) or a bad payload damages the access unit, which
/// is dropped and counted, and video then drops every access unit up to the next keyframe, so no corrupt picture is
/// ever emitted. Timestamps are unwrapped to 64 bits; DTS equals PTS (streams are assumed to have no B-frames, as
/// surveillance cameras send). The wall-clock time comes from the <see cref="WallClockMapper"/>. Packet memory is only
/// read during <see cref="Push"/>: access units own copies of their bytes. Not thread-safe.
/// </remarks>
public interface IRtpDepacketizer
{
    CodecId Codec { get; }

    int ClockRate { get; }

    /// <summary>Maps RTP timestamps to wall-clock time (feed it the track's sender reports).</summary>
    WallClockMapper WallClock { get; }

    DepacketizerStatistics Statistics { get; }

    /// <summary>
    /// Takes the next packet in sequence order; <paramref name="lostBefore"/> packets were lost just before it.
    /// Completed access units are added to <paramref name="output"/>.
    /// </summary>
    void Push(in RtpPacket packet, int lostBefore, DateTimeOffset arrival, ICollection<AccessUnit> output);

    /// <summary>Ends the stream: emits the access unit in progress when it is complete (no marker seen).</summary>
    void Flush(ICollection<AccessUnit> output);

    /// <summary>Forgets the access unit in progress and waits for a keyframe again (a new source).</summary>
    void Reset();

    /// <summary>How many times <paramref name="error"/> occurred.</summary>
    long GetErrorCount(RtpPayloadError error);
}
