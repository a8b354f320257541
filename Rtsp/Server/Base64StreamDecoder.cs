using System.Buffers;
using System.Buffers.Text;

namespace Vms.Rtsp.Server;

/// <summary>
/// Decodes a base64 byte stream that arrives in arbitrary pieces (the body of a tunnel POST): whitespace
/// is skipped, and characters are decoded by whole quantums of four, the remainder kept for the next piece.
/// </summary>
internal sealed class Base64StreamDecoder
{
    private readonly byte[] _carry = new byte[4];
    private int _carried;

    /// <summary>Decodes <paramref name="input"/> into <paramref name="output"/>; false on a non-base64 character.</summary>
    public bool Decode(in ReadOnlySequence<byte> input, IBufferWriter<byte> output)
    {
        foreach (var segment in input)
        {
            foreach (var b in segment.Span)
            {
                if (b is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t')
                {
                    continue;
                }

                if (!IsBase64(b))
                {
                    return false;
                }

                _carry[_carried++] = b;
                if (_carried == 4)
                {
                    var span = output.GetSpan(3);
                    var status = Base64.DecodeFromUtf8(_carry, span, out _, out var written, isFinalBlock: true);
                    if (status != OperationStatus.Done)
                    {
                        return false;
                    }

                    output.Advance(written);
                    _carried = 0;
                }
            }
        }

        return true;
    }

    private static bool IsBase64(byte b) => b is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9') or (byte)'+' or (byte)'/' or (byte)'=';
}
