using System.Net.Sockets;
using Vms.Rtsp.Auth;
using Vms.Rtsp.Headers;
using Vms.Rtsp.Media;
using Vms.Rtsp.Messages;
using Vms.Rtsp.Sdp;
using Vms.TestSupport;

namespace Vms.Rtsp.Tests.Interop;

/// <summary>
/// The protocol layer as a client of a real server (gst-rtsp-server with Digest): challenges, Authorization,
/// the server's SDP, Transport/Session/RTP-Info headers, and RTP/RTCP interleaved on the RTSP connection mixed
/// with responses, all read by our parser.
/// </summary>
public class GstreamerServerInteropTests
{
    private const string Python = "/usr/bin/python3";
    private const string User = "viewer";
    private const string Password = "s3cret:P@ss\"w";

    [RequiresToolsFact(Python, "gst-launch-1.0")]
    public async Task Session_DigestDescribeSetupPlayOverTcp_ReceivesInterleavedRtpAndResponses()
    {
        using var cts = new CancellationTokenSource(TaskTimeouts.Default);
        var ct = cts.Token;
        await using var server = ExternalProcess.Start(Python, [Fixtures.PathOf("Interop/gst_digest_server.py"), User, Password]);
        var port = await ReadPortAsync(server).WithTimeout();
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(Loopback.Address, port, ct);
        await using var connection = new RtspTestConnection(tcp);
        var auth = new RtspClientAuthenticator(User, Password);
        var cseq = 0;
        var url = $"rtsp://127.0.0.1:{port}/test";

        async Task<RtspResponse> Exchange(RtspRequest request)
        {
            for (var attempt = 0; attempt < 2; attempt++)
            {
                request.CSeq = ++cseq;
                auth.Authorize(request);
                await connection.SendAsync(request, ct);
                var response = Assert.IsType<RtspResponse>(await connection.ReadMessageAsync(ct));
                Assert.Equal(cseq, response.CSeq);
                if (response.StatusCode != RtspStatusCodes.Unauthorized || !auth.TryAcceptChallenge(response))
                {
                    return response;
                }
            }

            throw new InvalidOperationException("still unauthorized");
        }

        var describe = new RtspRequest(RtspMethod.Describe, url);
        describe.Headers.Add("Accept", "application/sdp");
        var described = await Exchange(describe);
        Assert.Equal(200, described.StatusCode);
        Assert.True(auth.CurrentChallenge!.IsDigest);

        var mapping = SdpMediaMapper.ReadTracks(SdpReader.Parse(described.Body.Span), SdpMediaMapper.BaseUri(described, url));
        Assert.Equal([CodecId.H264, CodecId.Pcmu], mapping.Tracks.Select(t => t.Track.Codec));
        Assert.True(CodecParameterSets.IsComplete(mapping.Tracks[0].Track.Parameters));

        SessionHeader? session = null;
        for (var i = 0; i < mapping.Tracks.Count; i++)
        {
            var setup = new RtspRequest(RtspMethod.Setup, mapping.Tracks[i].Track.Control!);
            var spec = new TransportSpec { LowerTransport = TransportLowerProtocol.Tcp, IsMulticast = false, Interleaved = PortRange.Pair(2 * i) };
            setup.Headers.Transport = new TransportHeader(spec).Format();
            if (session is not null)
            {
                setup.Headers.Session = session.Id;
            }

            var answer = await Exchange(setup);
            Assert.Equal(200, answer.StatusCode);
            Assert.True(SessionHeader.TryParse(answer.Headers.Session, out session));
            Assert.True(TransportHeader.TryParse(answer.Headers.Transport, out var chosen));
            Assert.Equal(PortRange.Pair(2 * i), chosen.Specs[0].Interleaved);
            Assert.True(chosen.Specs[0].IsTcp);
        }

        var play = new RtspRequest(RtspMethod.Play, mapping.AggregateControl);
        play.Headers.Session = session!.Id;
        play.Headers.Add(RtspHeaderNames.Range, RangeHeader.Npt(TimeSpan.Zero).Format());
        var playing = await Exchange(play);
        Assert.Equal(200, playing.StatusCode);
        Assert.True(RtpInfoHeader.TryParse(playing.Headers[RtspHeaderNames.RtpInfo], out var rtpInfo));
        Assert.Equal(2, rtpInfo.Entries.Count);

        // keep-alive while media flows: its response arrives among interleaved packets; read until it has come
        // (else the teardown below would read it as its own answer)
        var keepAlive = new RtspRequest(RtspMethod.GetParameter, mapping.AggregateControl);
        keepAlive.Headers.Session = session.Id;
        var keepAliveAnswered = false;
        for (var frames = 0; frames < 5_000 && (!keepAliveAnswered || Count(connection, 0) < 24 || Count(connection, 2) < 5); frames++)
        {
            if (frames == 10)
            {
                keepAlive.CSeq = ++cseq;
                auth.Authorize(keepAlive);
                await connection.SendAsync(keepAlive, ct);
            }

            var item = await connection.ReadFrameAsync(ct) ?? throw new InvalidOperationException("server closed");
            if (item is RtspResponse response)
            {
                Assert.Equal(keepAlive.CSeq, response.CSeq);
                Assert.Equal(200, response.StatusCode);
                keepAliveAnswered = true;
            }
        }

        Assert.True(keepAliveAnswered);
        Assert.True(Count(connection, 0) >= 24);
        Assert.All(connection.Packets[0], p => Assert.Equal((2, 96), (p[0] >> 6, p[1] & 0x7F)));
        Assert.True(Count(connection, 2) >= 5);
        Assert.All(connection.Packets[2], p => Assert.Equal((2, 0), (p[0] >> 6, p[1] & 0x7F)));

        var teardown = new RtspRequest(RtspMethod.Teardown, mapping.AggregateControl);
        teardown.Headers.Session = session.Id;
        Assert.Equal(200, (await Exchange(teardown)).StatusCode);
    }

    private static int Count(RtspTestConnection connection, byte channel) =>
        connection.Packets.TryGetValue(channel, out var list) ? list.Count : 0;

    private static async Task<int> ReadPortAsync(ExternalProcess server)
    {
        var port = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        server.OutputLine += line =>
        {
            if (line.StartsWith("PORT ", StringComparison.Ordinal))
            {
                port.TrySetResult(int.Parse(line[5..], System.Globalization.CultureInfo.InvariantCulture));
            }
        };
        if (server.StandardOutput.Split('\n').FirstOrDefault(l => l.StartsWith("PORT ", StringComparison.Ordinal)) is { } early)
        {
            port.TrySetResult(int.Parse(early[5..].Trim(), System.Globalization.CultureInfo.InvariantCulture));
        }

        if (await Task.WhenAny(port.Task, server.Exited) != port.Task)
        {
            throw new InvalidOperationException("server exited: " + server.StandardError);
        }

        return await port.Task;
    }
}
