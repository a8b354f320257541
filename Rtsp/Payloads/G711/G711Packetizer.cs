using Vms.Rtsp.Media;

namespace Vms.Rtsp.Payloads.G711;

/// <summary>
/// G.711 (PCMU/PCMA) packetizer: the samples as they are, split into packets of at most
/// <see cref="RtpPacketizerOptions.MaxPayloadSize"/> bytes (whole sample frames), each packet's timestamp advanced by
/// the samples before it. The marker bit is not used. See <see cref="IRtpPacketizer"/>.
/// </summary>
public sealed class G711Packetizer : IRtpPacketizer
{
    private readonly RtpPacketizerOptions _options;
    private readonly int _channels;
    private AccessUnit? _accessUnit;
    private int _nal;
    private int _offset;
    private int _samplesBefore;

    public G711Packetizer(G711Parameters parameters, RtpPacketizerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Codec = parameters.Codec;
        _channels = Math.Max(1, parameters.Channels);
        _options = options ?? new RtpPacketizerOptions();
        _options.Validate();
    }

    public CodecId Codec { get; }

    public int MaxPayloadSize => _options.MaxPayloadSize;

    public void SetParameters(CodecParameters parameters)
    {
        if (parameters is not G711Parameters g711 || g711.Codec != Codec)
        {
            throw new ArgumentException($"expected {Codec} parameters, got {parameters?.Codec}", nameof(parameters));
        }
    }

    public void Begin(AccessUnit accessUnit)
    {
        ArgumentNullException.ThrowIfNull(accessUnit);
        if (accessUnit.Codec != Codec)
        {
            throw new ArgumentException($"a {Codec} packetizer got a {accessUnit.Codec} access unit", nameof(accessUnit));
        }

        _accessUnit = accessUnit;
        _nal = 0;
        _offset = 0;
        _samplesBefore = 0;
    }

    public bool TryWriteNext(Span<byte> destination, out RtpPayloadInfo payload)
    {
        payload = default;
        if (_accessUnit is null)
        {
            return false;
        }

        var buffers = _accessUnit.NalUnits;
        while (_nal < buffers.Count && _offset >= buffers[_nal].Length)
        {
            _nal++;
            _offset = 0;
        }

        if (_nal >= buffers.Count)
        {
            return false;
        }

        if (destination.Length < _options.MaxPayloadSize)
        {
            throw new ArgumentException($"the destination needs room for {_options.MaxPayloadSize} payload bytes", nameof(destination));
        }

        // whole sample frames per packet; the buffers of one access unit are consecutive samples
        var room = _options.MaxPayloadSize - (_options.MaxPayloadSize % _channels);
        var written = 0;
        while (written < room && _nal < buffers.Count)
        {
            var source = buffers[_nal].Span[_offset..];
            var n = Math.Min(room - written, source.Length);
            source[..n].CopyTo(destination[written..]);
            written += n;
            _offset += n;
            if (_offset >= buffers[_nal].Length)
            {
                _nal++;
                _offset = 0;
            }
        }

        payload = new RtpPayloadInfo(written, false, _samplesBefore);
        _samplesBefore += written / _channels;
        return true;
    }
}
