using System.Buffers;
using System.Globalization;
using Vms.Rtsp.Messages;
using Vms.Rtsp.Rtp;
using Vms.Rtsp.Transport;

namespace Vms.Rtsp.Tests.Client;

/// <summary>A fake peer for client tests: the test reads each request and scripts the answer byte by byte, quirks included.</summary>
internal sealed class ScriptedRtspServer(DuplexConnection connection) : IAsyncDisposable
{
    private ushort _seq = 100;

    public async Task<RtspRequest> ReadRequestAsync()
    {
        var input = connection.Input;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        for (var guard = 0; guard < 100_000; guard++)
        {
            var result = await input.ReadAsync(timeout.Token);
            var status = RtspFrameParser.Default.TryParse(result.Buffer, out var consumed, out var examined, out var frame);
            if (status == RtspParseStatus.Complete)
            {
                input.AdvanceTo(consumed);
                if (frame.Request is { } request)
                {
                    return request;
                }

                continue; // interleaved RTCP from the client
            }

            input.AdvanceTo(consumed, examined);
            if (status == RtspParseStatus.Error || result.IsCompleted)
            {
                throw new InvalidOperationException("client sent garbage or closed");
            }
        }

        throw new InvalidOperationException("no request");
    }

    /// <summary>Reads the next request, checks its method, answers 200 with the given headers and body.</summary>
    public async Task<RtspRequest> ExpectAsync(string method, (string Name, string Value)[]? headers = null, string? body = null, Func<Task>? beforeResponse = null)
    {
        var request = await ReadRequestAsync();
        Assert.Equal(method, request.Method);
        if (beforeResponse is not null)
        {
            await beforeResponse();
        }

        var response = RtspResponse.For(request, 200);
        foreach (var (name, value) in headers ?? [])
        {
            response.Headers.Add(name, value);
        }

        if (body is not null)
        {
            response.Body = System.Text.Encoding.UTF8.GetBytes(body);
        }

        await connection.Output.WriteAsync(RtspMessageWriter.ToArray(response));
        return request;
    }

    /// <summary>Sends one H.264 keyframe (SPS, PPS, IDR as single-NAL packets, marker on the last) on an interleaved channel.</summary>
    public async Task SendKeyframeAsync(int channel, uint timestamp)
    {
        byte[][] nals = [Server.TestMedia.Sps, Server.TestMedia.Pps, [0x65, 0x88, 0x84, 0x00, 0x10]];
        for (var i = 0; i < nals.Length; i++)
        {
            await SendRtpAsync(channel, nals[i], timestamp, marker: i == nals.Length - 1);
        }
    }

    public async Task SendRtpAsync(int channel, byte[] payload, uint timestamp, bool marker)
    {
        var packet = new byte[12 + payload.Length];
        RtpPacketWriter.Write(packet, new RtpHeader(marker, 96, _seq++, timestamp, 0xCAFE), payload);
        await SendInterleavedAsync(channel, packet);
    }

    public async Task SendRawAsync(byte[] data) => await connection.Output.WriteAsync(data);

    public async Task SendInterleavedAsync(int channel, byte[] data)
    {
        var buffer = new ArrayBufferWriter<byte>();
        InterleavedFrame.Write(buffer, (byte)channel, data);
        await connection.Output.WriteAsync(buffer.WrittenMemory);
    }

    public static string Sdp(string? sessionControl, params string[] trackControls)
    {
        var sps = Convert.ToBase64String(Server.TestMedia.Sps);
        var pps = Convert.ToBase64String(Server.TestMedia.Pps);
        var text = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=cam\r\nt=0 0\r\n" + (sessionControl is null ? string.Empty : $"a=control:{sessionControl}\r\n");
        foreach (var control in trackControls)
        {
            text += "m=video 0 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\n" +
                string.Create(CultureInfo.InvariantCulture, $"a=fmtp:96 packetization-mode=1;sprop-parameter-sets={sps},{pps}\r\n") +
                $"a=control:{control}\r\n";
        }

        return text;
    }

    public async ValueTask DisposeAsync() => await connection.DisposeAsync();
}
