using System.Buffers.Binary;
using Vms.Rtsp.Media;

namespace Vms.Rtsp.Payloads.Aac;

/// <summary>
/// AAC packetizer for RFC 3640 mpeg4-generic AAC-hbr (sizeLength=13; indexLength=3; indexDeltaLength=3): one access
/// unit per packet behind a 4-byte header section; a unit larger than the payload is fragmented over packets that
/// repeat its AU header (AU-size of the whole unit), the marker set on the last one. See <see cref="IRtpPacketizer"/>.
/// </summary>
public sealed class AacPacketizer : IRtpPacketizer
{
    /// <summary>AU-headers-length (2 bytes) and one 16-bit AU header.</summary>
    private const int HeaderSectionLength = 4;

    /// <summary>Largest access unit the 13-bit AU-size holds.</summary>
    public const int MaxAccessUnitSize = 8191;

    private readonly RtpPacketizerOptions _options;
    private ReadOnlyMemory<byte> _frame;
    private int _offset = -1;

    public AacPacketizer(RtpPacketizerOptions? options = null)
    {
        _options = options ?? new RtpPacketizerOptions();
        _options.Validate();
    }

    public CodecId Codec => CodecId.Aac;

    public int MaxPayloadSize => _options.MaxPayloadSize;

    public void SetParameters(CodecParameters parameters)
    {
        if (parameters is not AacParameters)
        {
            throw new ArgumentException($"expected AAC parameters, got {parameters?.Codec}", nameof(parameters));
        }
    }

    public void Begin(AccessUnit accessUnit)
    {
        ArgumentNullException.ThrowIfNull(accessUnit);
        if (accessUnit.Codec != CodecId.Aac || accessUnit.NalUnits.Count != 1)
        {
            throw new ArgumentException("an AAC access unit holds exactly one frame", nameof(accessUnit));
        }

        _frame = accessUnit.NalUnits[0];
        if (_frame.Length > MaxAccessUnitSize)
        {
            throw new RtpPacketizationException($"an AAC frame of {_frame.Length} bytes does not fit the 13-bit AU-size");
        }

        _offset = 0;
    }

    public bool TryWriteNext(Span<byte> destination, out RtpPayloadInfo payload)
    {
        payload = default;
        if (_offset < 0 || (_offset > 0 && _offset >= _frame.Length))
        {
            return false;
        }

        if (destination.Length < _options.MaxPayloadSize)
        {
            throw new ArgumentException($"the destination needs room for {_options.MaxPayloadSize} payload bytes", nameof(destination));
        }

        BinaryPrimitives.WriteUInt16BigEndian(destination, 16); // AU-headers-length in bits
        BinaryPrimitives.WriteUInt16BigEndian(destination[2..], (ushort)(_frame.Length << 3)); // AU-size, AU-Index 0
        var chunk = Math.Min(_options.MaxPayloadSize - HeaderSectionLength, _frame.Length - _offset);
        _frame.Span.Slice(_offset, chunk).CopyTo(destination[HeaderSectionLength..]);
        _offset += chunk;
        var last = _offset >= _frame.Length;
        if (last)
        {
            _offset = int.MaxValue; // done (also for an empty frame)
        }

        payload = new RtpPayloadInfo(HeaderSectionLength + chunk, last, 0);
        return true;
    }
}
