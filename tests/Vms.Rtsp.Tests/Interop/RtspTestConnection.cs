using System.Buffers;
using System.IO.Pipelines;
using System.Net.Sockets;
using Vms.Rtsp.Messages;

namespace Vms.Rtsp.Tests.Interop;

/// <summary>One TCP connection driven with the protocol layer only: writes messages with
/// <see cref="RtspMessageWriter"/> and reads frames with <see cref="RtspFrameParser"/> from a <see cref="PipeReader"/>.</summary>
internal sealed class RtspTestConnection : IAsyncDisposable
{
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;
    private readonly PipeReader _reader;

    public RtspTestConnection(TcpClient client)
    {
        _client = client;
        _stream = client.GetStream();
        _reader = PipeReader.Create(_stream);
    }

    /// <summary>Interleaved packets seen so far, per channel.</summary>
    public Dictionary<byte, List<byte[]>> Packets { get; } = [];

    public async Task SendAsync(RtspMessage message, CancellationToken cancellationToken) =>
        await _stream.WriteAsync(RtspMessageWriter.ToArray(message), cancellationToken);

    /// <summary>The next request or response; interleaved packets met on the way are stored in <see cref="Packets"/>.
    /// Null when the peer closed the connection.</summary>
    public async Task<RtspMessage?> ReadMessageAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var frame = await ReadFrameAsync(cancellationToken);
            if (frame is null or RtspMessage)
            {
                return frame as RtspMessage;
            }
        }
    }

    /// <summary>The next frame: an <see cref="RtspMessage"/> or an (channel, payload) interleaved packet; null at end of stream.</summary>
    public async Task<object?> ReadFrameAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await _reader.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            var status = RtspFrameParser.Default.TryParse(buffer, out var consumed, out var examined, out var frame);
            object? item = null;
            switch (status)
            {
                case RtspParseStatus.Complete when frame.Kind == RtspFrameKind.Interleaved:
                    var payload = frame.Interleaved.Payload.ToArray();
                    if (!Packets.TryGetValue(frame.Interleaved.Channel, out var list))
                    {
                        Packets[frame.Interleaved.Channel] = list = [];
                    }

                    list.Add(payload);
                    item = (frame.Interleaved.Channel, payload);
                    break;
                case RtspParseStatus.Complete:
                    item = frame.Message;
                    break;
                case RtspParseStatus.Error:
                    throw new InvalidOperationException("peer sent invalid RTSP: " + frame.Error);
            }

            _reader.AdvanceTo(consumed, examined);
            if (item is not null)
            {
                return item;
            }

            if (result.IsCompleted)
            {
                return null;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _reader.CompleteAsync();
        _client.Dispose();
    }
}
