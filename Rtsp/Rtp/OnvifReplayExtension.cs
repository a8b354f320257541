using System.Buffers.Binary;
using Vms.Rtsp.Rtcp;

namespace Vms.Rtsp.Rtp;

/// <summary>
/// The ONVIF replay RTP header extension (ONVIF Streaming Specification, "RTP header extension"): an RFC 3550 header
/// extension with profile <see cref="Profile"/> and 3 words: the 64-bit NTP timestamp of the access unit's recorded
/// UTC time, the flags C (clean point), E (last unit before a gap or the end of the footage), D (first unit after a
/// discontinuity) and T (terminal unit of the track), 4 must-be-zero bits, the low byte of the CSeq of the PLAY that
/// started the transmission, and 2 bytes of padding.
/// </summary>
/// <param name="Ntp">The recorded time; <see cref="UnknownTime"/> when the access unit has none.</param>
/// <param name="CleanPoint">C: the access unit is a synchronization point (the first packet of a keyframe).</param>
/// <param name="EndOfSection">E: the last access unit of a contiguous section of recording.</param>
/// <param name="Discontinuity">D: the access unit does not follow the previous one in the recording.</param>
/// <param name="Terminal">T: no more data follows for this track.</param>
/// <param name="CSeq">The low-order byte of the CSeq of the PLAY request.</param>
public readonly record struct OnvifReplayExtension(NtpTimestamp Ntp, bool CleanPoint, bool EndOfSection, bool Discontinuity, bool Terminal, byte CSeq)
{
    /// <summary>The "defined by profile" field identifying the replay extension.</summary>
    public const ushort Profile = 0xABAC;

    /// <summary>The extension's length field: 3 words of data.</summary>
    public const int LengthWords = 3;

    /// <summary>The extension's data bytes (after the 4-byte extension header).</summary>
    public const int DataLength = LengthWords * 4;

    /// <summary>What the extension adds to a packet without one: the extension header and its data.</summary>
    public const int WireLength = 4 + DataLength;

    private const byte FlagC = 0x80;
    private const byte FlagE = 0x40;
    private const byte FlagD = 0x20;
    private const byte FlagT = 0x10;

    /// <summary>The all-ones NTP timestamp, sent when the recorded time of an access unit is not known.</summary>
    public static NtpTimestamp UnknownTime { get; } = new(ulong.MaxValue);

    /// <summary>The recorded time (null for <see cref="UnknownTime"/>).</summary>
    public DateTimeOffset? Time => Ntp == UnknownTime ? null : Ntp.ToDateTime();

    /// <summary>Writes the extension header (profile, length 3) and its 12 data bytes; returns <see cref="WireLength"/>.</summary>
    public int Write(Span<byte> destination)
    {
        if (destination.Length < WireLength)
        {
            throw new ArgumentException($"the replay extension needs {WireLength} bytes, the destination has {destination.Length}", nameof(destination));
        }

        BinaryPrimitives.WriteUInt16BigEndian(destination, Profile);
        BinaryPrimitives.WriteUInt16BigEndian(destination[2..], LengthWords);
        BinaryPrimitives.WriteUInt64BigEndian(destination[4..], Ntp.Value);
        destination[12] = (byte)((CleanPoint ? FlagC : 0) | (EndOfSection ? FlagE : 0) | (Discontinuity ? FlagD : 0) | (Terminal ? FlagT : 0));
        destination[13] = CSeq;
        destination[14] = 0;
        destination[15] = 0;
        return WireLength;
    }

    /// <summary>
    /// Copies <paramref name="packet"/> (an RTP packet without a header extension) into <paramref name="destination"/>
    /// with this extension inserted after the fixed header and CSRCs and the X bit set; returns the new length
    /// (<paramref name="packet"/> length + <see cref="WireLength"/>).
    /// </summary>
    public int InsertInto(ReadOnlySpan<byte> packet, Span<byte> destination)
    {
        if (packet.Length < RtpHeader.FixedLength || packet[0] >> 6 != RtpHeader.Version)
        {
            throw new ArgumentException("not an RTP packet", nameof(packet));
        }

        if ((packet[0] & 0x10) != 0)
        {
            throw new ArgumentException("the packet already has a header extension", nameof(packet));
        }

        var headerLength = RtpHeader.FixedLength + (4 * (packet[0] & 0x0F));
        if (headerLength > packet.Length)
        {
            throw new ArgumentException("the CSRC list runs past the end of the packet", nameof(packet));
        }

        var length = packet.Length + WireLength;
        if (destination.Length < length)
        {
            throw new ArgumentException($"the packet needs {length} bytes, the destination has {destination.Length}", nameof(destination));
        }

        packet[..headerLength].CopyTo(destination);
        destination[0] |= 0x10;
        Write(destination[headerLength..]);
        packet[headerLength..].CopyTo(destination[(headerLength + WireLength)..]);
        return length;
    }

    /// <summary>
    /// Reads the extension of a parsed packet: false when it has no header extension, another profile, or a length
    /// under 3 words (a longer one may carry the JPEG extension after the replay words; those are ignored).
    /// </summary>
    public static bool TryRead(in RtpPacket packet, out OnvifReplayExtension extension)
    {
        extension = default;
        return packet.HasExtension && TryRead(packet.ExtensionProfile, packet.ExtensionData.Span, out extension);
    }

    /// <summary>Reads the extension from its profile field and data words (the bytes after the extension header).</summary>
    public static bool TryRead(ushort profile, ReadOnlySpan<byte> data, out OnvifReplayExtension extension)
    {
        extension = default;
        if (profile != Profile || data.Length < DataLength)
        {
            return false;
        }

        var flags = data[8];
        extension = new OnvifReplayExtension(
            new NtpTimestamp(BinaryPrimitives.ReadUInt64BigEndian(data)),
            (flags & FlagC) != 0,
            (flags & FlagE) != 0,
            (flags & FlagD) != 0,
            (flags & FlagT) != 0,
            data[9]);
        return true;
    }

    /// <summary>The extension for an access unit recorded at <paramref name="time"/> (null: unknown).</summary>
    public static NtpTimestamp TimeOf(DateTimeOffset? time) =>
        time is { } t && t.Year >= 1900 ? NtpTimestamp.FromDateTime(t) : UnknownTime;
}
