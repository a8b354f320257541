using System.Buffers.Binary;

namespace Vms.Rtsp.Rtp;

/// <summary>
/// A parsed RTP packet (RFC 3550 §5.1): the header fields plus slices of the original buffer for the CSRC list, the
/// header extension and the payload. Nothing is copied; the packet is valid as long as its buffer is.
/// </summary>
public readonly struct RtpPacket
{
    private readonly int _payloadOffset;
    private readonly int _payloadLength;
    private readonly int _extensionOffset;
    private readonly int _extensionLength;

    private RtpPacket(ReadOnlyMemory<byte> data, in Layout layout)
    {
        Data = data;
        Header = layout.Header;
        CsrcCount = layout.CsrcCount;
        HasExtension = layout.HasExtension;
        ExtensionProfile = layout.ExtensionProfile;
        PaddingLength = layout.PaddingLength;
        _extensionOffset = layout.ExtensionOffset;
        _extensionLength = layout.ExtensionLength;
        _payloadOffset = layout.PayloadOffset;
        _payloadLength = layout.PayloadLength;
    }

    /// <summary>The whole packet as received.</summary>
    public ReadOnlyMemory<byte> Data { get; }

    /// <summary>Marker, payload type, sequence number, timestamp and SSRC.</summary>
    public RtpHeader Header { get; }

    public bool Marker => Header.Marker;

    public byte PayloadType => Header.PayloadType;

    public ushort SequenceNumber => Header.SequenceNumber;

    public uint Timestamp => Header.Timestamp;

    public uint Ssrc => Header.Ssrc;

    /// <summary>Number of contributing sources (0..15).</summary>
    public int CsrcCount { get; }

    public bool HasExtension { get; }

    /// <summary>The "defined by profile" 16 bits of the header extension (0 without extension).</summary>
    public ushort ExtensionProfile { get; }

    /// <summary>The header extension words (without the 4-byte extension header).</summary>
    public ReadOnlyMemory<byte> ExtensionData => Data.Slice(_extensionOffset, _extensionLength);

    /// <summary>Padding bytes at the end, including the count byte (0 without padding).</summary>
    public int PaddingLength { get; }

    /// <summary>The payload, between the header and the padding.</summary>
    public ReadOnlyMemory<byte> Payload => Data.Slice(_payloadOffset, _payloadLength);

    /// <summary>The CSRC at <paramref name="index"/> (0..<see cref="CsrcCount"/>−1).</summary>
    public uint GetCsrc(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, CsrcCount);
        return BinaryPrimitives.ReadUInt32BigEndian(Data.Span[(RtpHeader.FixedLength + (4 * index))..]);
    }

    /// <summary>Parses <paramref name="data"/> without copying; false (with the reason) when it is not valid RTP.</summary>
    public static bool TryParse(ReadOnlyMemory<byte> data, out RtpPacket packet, out RtpParseError error)
    {
        error = TryParseLayout(data.Span, out var layout);
        packet = error == RtpParseError.None ? new RtpPacket(data, layout) : default;
        return error == RtpParseError.None;
    }

    /// <summary>Parses <paramref name="data"/> without copying; false when it is not valid RTP.</summary>
    public static bool TryParse(ReadOnlyMemory<byte> data, out RtpPacket packet) => TryParse(data, out packet, out _);

    /// <summary>
    /// Parses a packet held in a span: the header fields and where the payload lies in <paramref name="data"/>.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> data, out RtpHeader header, out Range payload, out RtpParseError error)
    {
        error = TryParseLayout(data, out var layout);
        header = layout.Header;
        payload = error == RtpParseError.None ? new Range(layout.PayloadOffset, layout.PayloadOffset + layout.PayloadLength) : default;
        return error == RtpParseError.None;
    }

    /// <summary>
    /// True when the second byte is an RTCP packet type (192..223, RFC 5761 §4): RTCP sent where RTP was expected
    /// (a shared port or a mislabelled interleaved channel).
    /// </summary>
    public static bool LooksLikeRtcp(ReadOnlySpan<byte> data) => data.Length >= 2 && data[1] is >= 192 and <= 223;

    private static RtpParseError TryParseLayout(ReadOnlySpan<byte> data, out Layout layout)
    {
        layout = default;
        if (data.Length < RtpHeader.FixedLength)
        {
            return RtpParseError.TooShort;
        }

        var b0 = data[0];
        if (b0 >> 6 != RtpHeader.Version)
        {
            return RtpParseError.UnsupportedVersion;
        }

        var hasPadding = (b0 & 0x20) != 0;
        var hasExtension = (b0 & 0x10) != 0;
        var csrcCount = b0 & 0x0F;
        var header = new RtpHeader(
            (data[1] & 0x80) != 0,
            (byte)(data[1] & 0x7F),
            BinaryPrimitives.ReadUInt16BigEndian(data[2..]),
            BinaryPrimitives.ReadUInt32BigEndian(data[4..]),
            BinaryPrimitives.ReadUInt32BigEndian(data[8..]));

        var offset = RtpHeader.FixedLength + (4 * csrcCount);
        if (offset > data.Length)
        {
            return RtpParseError.CsrcListTruncated;
        }

        ushort profile = 0;
        int extensionOffset = offset, extensionLength = 0;
        if (hasExtension)
        {
            if (offset + 4 > data.Length)
            {
                return RtpParseError.ExtensionTruncated;
            }

            profile = BinaryPrimitives.ReadUInt16BigEndian(data[offset..]);
            extensionLength = BinaryPrimitives.ReadUInt16BigEndian(data[(offset + 2)..]) * 4;
            extensionOffset = offset + 4;
            if (extensionOffset + extensionLength > data.Length)
            {
                return RtpParseError.ExtensionTruncated;
            }

            offset = extensionOffset + extensionLength;
        }

        var padding = 0;
        if (hasPadding)
        {
            padding = data[^1];
            if (padding == 0 || padding > data.Length - offset)
            {
                return RtpParseError.InvalidPadding;
            }
        }

        layout = new Layout(header, csrcCount, hasExtension, profile, extensionOffset, extensionLength, padding, offset, data.Length - offset - padding);
        return RtpParseError.None;
    }

    private readonly record struct Layout(
        RtpHeader Header,
        int CsrcCount,
        bool HasExtension,
        ushort ExtensionProfile,
        int ExtensionOffset,
        int ExtensionLength,
        int PaddingLength,
        int PayloadOffset,
        int PayloadLength);
}
