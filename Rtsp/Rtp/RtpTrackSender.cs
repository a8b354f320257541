using System.Security.Cryptography;
using Vms.Rtsp.Media;
using Vms.Rtsp.Payloads;
using Vms.Rtsp.Rtcp;

namespace Vms.Rtsp.Rtp;

/// <summary>
/// Sends one track: packetizes access units into RTP packets with this track's SSRC, payload type, sequence numbers
/// (random start) and RTP timestamps (random start, then the access units' PTS distance), and builds its RTCP sender
/// reports (packet and octet counts, NTP ↔ RTP from the <see cref="TimeProvider"/> and the access units' wall clock).
/// </summary>
/// <remarks>
/// Two ways to send, both counted in the sender reports:
/// <list type="bullet">
/// <item><see cref="Packetize"/> writes every packet of an access unit once into an immutable
/// <see cref="RtpPacketBatch"/> that any number of viewers of the same source share (one allocation per access unit,
/// none per viewer or packet).</item>
/// <item><see cref="Begin"/> then <see cref="TryWriteNextPacket"/> write packets one by one into caller-provided
/// buffers (no allocation).</item>
/// </list>
/// One packetizing caller at a time; the sender report methods may be called from another thread.
/// </remarks>
public sealed class RtpTrackSender
{
    private readonly IRtpPacketizer _packetizer;
    private readonly RtcpSenderReportBuilder _reports;
    private readonly uint _initialTimestamp;
    private byte[] _scratch = new byte[64 * 1024];
    private int[] _ends = new int[64];
    private long _basePts;
    private bool _haveBase;
    private uint _currentTimestamp;
    private bool _inAccessUnit;

    public RtpTrackSender(MediaTrack track, RtpTrackSenderOptions? options = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(track);
        var o = options ?? new RtpTrackSenderOptions();
        if (o.PayloadType > 127)
        {
            throw new ArgumentOutOfRangeException(nameof(options), o.PayloadType, "payload types are 0..127");
        }

        Track = track;
        PayloadType = o.PayloadType;
        Ssrc = o.Ssrc ?? RandomUInt32();
        NextSequenceNumber = o.InitialSequenceNumber ?? (ushort)RandomNumberGenerator.GetInt32(ushort.MaxValue + 1);
        _initialTimestamp = o.InitialTimestamp ?? RandomUInt32();
        _packetizer = RtpPayloadFormats.CreatePacketizer(track.Parameters, o.Packetizer);
        _reports = new RtcpSenderReportBuilder(Ssrc, o.CanonicalName, track.ClockRate, time ?? TimeProvider.System);
    }

    public MediaTrack Track { get; }

    public uint Ssrc { get; }

    public byte PayloadType { get; }

    /// <summary>The sequence number of the next packet (RTP-Info <c>seq</c> for a viewer joining now).</summary>
    public ushort NextSequenceNumber { get; private set; }

    /// <summary>Largest packet written: the 12-byte header plus the packetizer's largest payload.</summary>
    public int MaxPacketSize => RtpHeader.FixedLength + _packetizer.MaxPayloadSize;

    /// <summary>RTP packets sent so far.</summary>
    public uint PacketCount => _reports.PacketCount;

    /// <summary>Payload octets sent so far.</summary>
    public uint OctetCount => _reports.OctetCount;

    /// <summary>
    /// The RTP timestamp of <paramref name="pts"/> (track clock units): the first access unit's PTS maps to the initial
    /// timestamp, later ones keep their distance (modulo 2³²). RTP-Info <c>rtptime</c> for a viewer starting at it.
    /// </summary>
    public uint ToRtpTimestamp(long pts)
    {
        if (!_haveBase)
        {
            _basePts = pts;
            _haveBase = true;
        }

        return unchecked(_initialTimestamp + (uint)(pts - _basePts));
    }

    /// <summary>New codec parameters (video: the parameter sets sent before keyframes).</summary>
    public void SetParameters(CodecParameters parameters) => _packetizer.SetParameters(parameters);

    /// <summary>Starts sending <paramref name="accessUnit"/> packet by packet (see <see cref="TryWriteNextPacket"/>).</summary>
    public void Begin(AccessUnit accessUnit)
    {
        ArgumentNullException.ThrowIfNull(accessUnit);
        _currentTimestamp = ToRtpTimestamp(accessUnit.Pts);
        _packetizer.Begin(accessUnit);
        _reports.OnAccessUnitSent(_currentTimestamp, accessUnit.WallClock);
        _inAccessUnit = true;
    }

    /// <summary>
    /// Writes the next RTP packet of the current access unit into <paramref name="destination"/> (at least
    /// <see cref="MaxPacketSize"/> bytes); false when the access unit is finished.
    /// </summary>
    public bool TryWriteNextPacket(Span<byte> destination, out int written)
    {
        written = 0;
        if (!_inAccessUnit)
        {
            return false;
        }

        if (destination.Length < MaxPacketSize)
        {
            throw new ArgumentException($"the destination needs {MaxPacketSize} bytes, it has {destination.Length}", nameof(destination));
        }

        if (!_packetizer.TryWriteNext(destination[RtpHeader.FixedLength..], out var payload))
        {
            _inAccessUnit = false;
            return false;
        }

        var header = new RtpHeader(payload.Marker, PayloadType, NextSequenceNumber, unchecked(_currentTimestamp + (uint)payload.TimestampOffset), Ssrc);
        header.Write(destination);
        NextSequenceNumber++;
        _reports.OnPacketSent(payload.Length);
        written = RtpHeader.FixedLength + payload.Length;
        return true;
    }

    /// <summary>All packets of <paramref name="accessUnit"/>, written once, to share between viewers.</summary>
    public RtpPacketBatch Packetize(AccessUnit accessUnit)
    {
        var first = NextSequenceNumber;
        Begin(accessUnit);
        var used = 0;
        var count = 0;
        while (true)
        {
            if (_scratch.Length - used < MaxPacketSize)
            {
                Array.Resize(ref _scratch, Math.Max(_scratch.Length * 2, used + MaxPacketSize));
            }

            if (!TryWriteNextPacket(_scratch.AsSpan(used), out var written))
            {
                break;
            }

            used += written;
            if (count == _ends.Length)
            {
                Array.Resize(ref _ends, _ends.Length * 2);
            }

            _ends[count++] = used;
        }

        return new RtpPacketBatch(_scratch.AsSpan(0, used).ToArray(), _ends.AsSpan(0, count).ToArray(), first, _currentTimestamp, accessUnit.Pts, accessUnit.IsKeyframe, accessUnit.WallClock);
    }

    /// <summary>The SR + SDES compound for now (null before the first access unit: no timestamp to report yet).</summary>
    public RtcpCompoundPacket? CreateSenderReport() => _reports.HasSent ? _reports.Build() : null;

    /// <summary>Writes <see cref="CreateSenderReport"/> into <paramref name="destination"/>; 0 before the first access unit.</summary>
    public int WriteSenderReport(Span<byte> destination) => CreateSenderReport()?.Write(destination) ?? 0;

    /// <summary>The SR + SDES + BYE compound sent when the track stops.</summary>
    public RtcpCompoundPacket CreateGoodbye(string? reason = null) => _reports.BuildGoodbye(reason);

    private static uint RandomUInt32()
    {
        Span<byte> bytes = stackalloc byte[4];
        RandomNumberGenerator.Fill(bytes);
        return BitConverter.ToUInt32(bytes);
    }
}
