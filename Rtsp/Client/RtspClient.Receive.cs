using System.Buffers;
using Vms.Rtsp.Messages;
using Vms.Rtsp.Transport;

namespace Vms.Rtsp.Client;

public sealed partial class RtspClient
{
    private long _lastMedia;
    private byte[] _scratch = new byte[2048];

    /// <summary>Reads responses, server requests and interleaved packets until the connection ends.</summary>
    private async Task ReadLoopAsync(DuplexConnection connection)
    {
        await Task.Yield();
        var input = connection.Input;
        var parser = RtspFrameParser.Default;
        RtspClientResult? end = null;
        try
        {
            while (end is null)
            {
                var result = await input.ReadAsync(_stop.Token).ConfigureAwait(false);
                var buffer = result.Buffer;
                var consumed = buffer.Start;
                var examined = buffer.End;
                while (true)
                {
                    var status = parser.TryParse(buffer, out var frameEnd, out var seen, out var frame);
                    if (status == RtspParseStatus.NeedMoreData)
                    {
                        consumed = frameEnd;
                        examined = seen;
                        break;
                    }

                    if (status == RtspParseStatus.Error)
                    {
                        end = new RtspClientResult(RtspClientStopReason.ProtocolError, "unreadable data from the server: " + frame.Error!.Detail);
                        consumed = examined = buffer.End;
                        break;
                    }

                    OnFrame(frame);
                    buffer = buffer.Slice(frameEnd);
                    consumed = examined = frameEnd;
                }

                input.AdvanceTo(consumed, examined);
                if (result.IsCompleted && end is null)
                {
                    end = new RtspClientResult(RtspClientStopReason.ServerClosed, "the server closed the connection");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException)
        {
            end = new RtspClientResult(RtspClientStopReason.ConnectionFailed, ex.Message, null, ex);
        }

        if (end is not null)
        {
            Stop(end);
        }
    }

    private void OnFrame(in RtspFrame frame)
    {
        switch (frame.Kind)
        {
            case RtspFrameKind.Response:
                OnResponse(frame.Response!);
                break;
            case RtspFrameKind.Request:
                AnswerServerRequest(frame.Request!);
                break;
            case RtspFrameKind.Interleaved:
                OnInterleaved(frame.Interleaved);
                break;
        }
    }

    /// <summary>Servers may ask too (GET_PARAMETER/OPTIONS as their own keep-alive); anything else is not implemented here.</summary>
    private void AnswerServerRequest(RtspRequest request)
    {
        var status = request.Method is RtspMethod.Options or RtspMethod.GetParameter or RtspMethod.SetParameter ? RtspStatusCodes.Ok : RtspStatusCodes.NotImplemented;
        var response = RtspResponse.For(request, status);
        _writer?.TryWrite(RtspMessageWriter.ToArray(response));
        ClientLog.ServerRequest(_logger, request.Method, status);
    }

    private void OnInterleaved(in InterleavedFrame frame)
    {
        var track = _byChannel[frame.Channel];
        if (track is null)
        {
            ClientLog.UnknownChannel(_logger, frame.Channel);
            return;
        }

        var payload = frame.Payload;
        ReadOnlyMemory<byte> data;
        if (payload.IsSingleSegment)
        {
            data = payload.First;
        }
        else
        {
            if (_scratch.Length < payload.Length)
            {
                _scratch = new byte[Math.Max((int)payload.Length, _scratch.Length * 2)];
            }

            payload.CopyTo(_scratch);
            data = _scratch.AsMemory(0, (int)payload.Length);
        }

        // quirk: RTCP on the RTP channel (or RTP on the RTCP one) is recognised by its packet type in the receiver
        OnMediaPacket(track, data, rtcp: frame.Channel != track.RtpChannel);
    }

    private void OnMediaPacket(ClientTrack track, ReadOnlyMemory<byte> data, bool rtcp)
    {
        var arrival = _time.GetUtcNow();
        if (rtcp)
        {
            track.Receiver.OnRtcpPacket(data, arrival);
            return;
        }

        Interlocked.Exchange(ref _lastMedia, _time.GetTimestamp());
        track.Receiver.OnRtpPacket(data, arrival);
    }
}
