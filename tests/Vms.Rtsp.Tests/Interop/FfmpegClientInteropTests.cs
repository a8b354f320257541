using System.Net.Sockets;
using Vms.Rtsp.Auth;
using Vms.Rtsp.Headers;
using Vms.Rtsp.Media;
using Vms.Rtsp.Messages;
using Vms.Rtsp.Sdp;
using Vms.TestSupport;

namespace Vms.Rtsp.Tests.Interop;

/// <summary>
/// ffmpeg as the client of a server scripted with the protocol layer only: our parser reads ffmpeg's
/// requests, ffmpeg answers our Digest challenges (checked by <see cref="DigestAuthenticator"/>), reads our SDP and
/// sets up the controls it describes with Transport headers our parser reads, then sends PLAY with our session.
/// </summary>
public class FfmpegClientInteropTests
{
    private const string User = "viewer";
    private const string Password = "s3cret.Pass-1";
    private const string SessionId = "A1B2C3D4";

    public static TheoryData<DigestAlgorithm[]> AlgorithmSets =>
        [[DigestAlgorithm.Sha256, DigestAlgorithm.Md5], [DigestAlgorithm.Md5, DigestAlgorithm.Sha256], [DigestAlgorithm.Md5]];

    /// <summary>Whatever the configured order, MD5 is challenged last: ffmpeg 5.1 answers the last Digest challenge.</summary>
    [RequiresToolsTheory("ffmpeg")]
    [MemberData(nameof(AlgorithmSets))]
    public async Task Session_FfmpegAgainstScriptedServer_AuthenticatesAndSetsUpEveryTrack(DigestAlgorithm[] algorithms)
    {
        using var cts = new CancellationTokenSource(TaskTimeouts.Default);
        var ct = cts.Token;
        using var listener = new TcpListener(Loopback.Address, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        var url = $"rtsp://127.0.0.1:{port}/live/cam1";
        await using var ffmpeg = ExternalProcess.Start("ffmpeg",
            ["-hide_banner", "-rtsp_transport", "tcp", "-i", $"rtsp://{User}:{Password}@127.0.0.1:{port}/live/cam1", "-t", "1", "-f", "null", "-"]);
        var authenticator = new DigestAuthenticator(
            new DigestAuthenticatorOptions { Realm = "Vms", Algorithms = algorithms },
            (user, _, _) => ValueTask.FromResult(user == User ? DigestCredential.FromPassword(Password) : null));
        var sdp = Fixtures.Text("Sdp/ffmpeg-announce-h264-pcma.sdp");
        var h264 = SdpMediaMapper.ReadTracks(SdpReader.Parse(sdp), url).Tracks[0].Track.Parameters;
        var tracks = new[]
        {
            new SdpTrackDescription(new MediaTrack(0, h264), 96),
            new SdpTrackDescription(new MediaTrack(1, new G711Parameters(true)), 8),
        };

        using var client = await listener.AcceptTcpClientAsync(ct);
        await using var connection = new RtspTestConnection(client);
        var log = new List<(string Method, string Uri, AuthenticationOutcome Auth)>();
        var transports = new List<TransportSpec>();
        string? playSession = null;
        for (var guard = 0; guard < 20 && playSession is null; guard++)
        {
            var request = Assert.IsType<RtspRequest>(await connection.ReadMessageAsync(ct));
            var auth = await authenticator.AuthenticateAsync(request, ct);
            log.Add((request.Method, request.Uri, auth.Outcome));
            RtspResponse response;
            if (request.Method == RtspMethod.Options)
            {
                response = RtspResponse.For(request, 200);
                response.Headers.Add(RtspHeaderNames.Public, new PublicHeader(["OPTIONS", "DESCRIBE", "SETUP", "PLAY", "TEARDOWN"]).Format());
            }
            else if (!auth.Succeeded)
            {
                response = RtspResponse.For(request, RtspStatusCodes.Unauthorized);
                authenticator.AddChallenges(response, auth.IsStale);
            }
            else if (request.Method == RtspMethod.Describe)
            {
                response = RtspResponse.For(request, 200);
                response.Headers.ContentBase = url + "/";
                response.SetBody("application/sdp", SdpWriter.Write(SdpMediaMapper.Describe(tracks)));
            }
            else if (request.Method == RtspMethod.Setup)
            {
                Assert.True(TransportHeader.TryParse(request.Headers.Transport, out var transport));
                var spec = transport.Specs[0];
                transports.Add(spec);
                response = RtspResponse.For(request, 200);
                response.Headers.Session = new SessionHeader(SessionId, 60).Format();
                response.Headers.Transport = (spec with { Ssrc = 0x1234ABCD, Mode = "PLAY" }).Format();
            }
            else
            {
                Assert.Equal(RtspMethod.Play, request.Method);
                playSession = request.Headers.Session;
                response = RtspResponse.For(request, 200);
                response.Headers.Session = SessionId;
                response.Headers.Add(RtspHeaderNames.Range, RangeHeader.NptNow().Format());
                response.Headers.Add(RtspHeaderNames.RtpInfo, new RtpInfoHeader(
                    [new RtpInfoEntry(url + "/trackID=0", 1, 0), new RtpInfoEntry(url + "/trackID=1", 1, 0)]).Format());
            }

            await connection.SendAsync(response, ct);
        }

        Assert.True(SessionHeader.TryParse(playSession, out var played), "ffmpeg sent PLAY with our session: " + ffmpeg.StandardError);
        Assert.Equal(SessionId, played.Id);
        Assert.Contains(log, l => l.Method == RtspMethod.Describe && l.Auth == AuthenticationOutcome.MissingCredentials);
        Assert.Equal(AuthenticationOutcome.Success, log.Last(l => l.Method == RtspMethod.Describe).Auth);
        Assert.All(log.Where(l => l.Method is RtspMethod.Setup or RtspMethod.Play), l => Assert.Equal(AuthenticationOutcome.Success, l.Auth));
        Assert.Equal([url + "/trackID=0", url + "/trackID=1"], log.Where(l => l.Method == RtspMethod.Setup).Select(l => l.Uri));
        Assert.Equal([PortRange.Pair(0), PortRange.Pair(2)], transports.Select(t => t.Interleaved));
        Assert.All(transports, t => Assert.True(t.IsTcp));
    }
}
