using System.Text;
using Vms.Rtsp.Headers;
using Vms.Rtsp.Messages;

namespace Vms.Rtsp.Tests.Headers;

/// <summary>Random and mutated header values: every TryParse answers true or false, never throws, and what it
/// accepts formats to text it accepts again with the same meaning.</summary>
public class HeaderCorpusTests
{
    private static readonly string[] Corpus =
    [
        "RTP/AVP/TCP;unicast;interleaved=0-1",
        "RTP/AVP;unicast;client_port=50000-50001;server_port=6970-6971;ssrc=0A1B2C3D;mode=\"PLAY\"",
        "RTP/AVP;multicast;destination=239.1.2.3;port=5000-5001;ttl=16,RTP/AVP/UDP;unicast",
        "12345678;timeout=60",
        "npt=now-", "npt=00:01:02.25-01:00:00", "clock=20090615T114900.440Z-20090615T115000Z", "smpte=10:07:33:05.01-",
        "url=rtsp://cam/s/trackID=0;seq=45102;rtptime=12345678,url=rtsp://cam/s/trackID=1;seq=1",
        "OPTIONS, DESCRIBE, SETUP", "onvif-replay", "intra/4000", "-1.0", "yes",
    ];

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 20)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TryParse_MutatedAndRandomValues_OnlyTrueOrFalse(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 300; i++)
        {
            var text = random.Next(4) == 0 ? RandomText(random) : Mutate(Corpus[random.Next(Corpus.Length)], random);
            CheckAll(text);
        }
    }

    [Fact]
    public void Resolve_RandomInputs_NeverThrows()
    {
        var random = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            var result = RtspUri.Resolve(Mutate("rtsp://cam:554/a/b?x=1/", random), Mutate("trackID=1", random));
            Assert.NotNull(result);
            RtspUri.TrySplitUserInfo(Mutate("rtsp://u%40x:p@ss@cam/a", random), out _, out _, out _);
        }
    }

    private static void CheckAll(string text)
    {
        if (TransportHeader.TryParse(text, out var transport))
        {
            Assert.True(TransportHeader.TryParse(transport.Format(), out var again), transport.Format());
            Assert.Equal(transport, again);
        }

        if (SessionHeader.TryParse(text, out var session))
        {
            Assert.True(SessionHeader.TryParse(session.Format(), out var again));
            Assert.Equal(session, again);
        }

        if (RangeHeader.TryParse(text, out var range))
        {
            Assert.True(RangeHeader.TryParse(range.Format(), out var again), range.Format());
            Assert.Equal(range, again);
        }

        if (RtpInfoHeader.TryParse(text, out var rtpInfo))
        {
            Assert.True(RtpInfoHeader.TryParse(rtpInfo.Format(), out var again), rtpInfo.Format());
            Assert.Equal(rtpInfo, again);
        }

        if (PublicHeader.TryParse(text, out var @public))
        {
            Assert.True(PublicHeader.TryParse(@public.Format(), out var again));
            Assert.Equal(@public, again);
        }

        if (RequireHeader.TryParse(text, out var require))
        {
            Assert.True(RequireHeader.TryParse(require.Format(), out var again));
            Assert.Equal(require, again);
        }

        if (FramesHeader.TryParse(text, out var frames))
        {
            Assert.True(FramesHeader.TryParse(frames.Format(), out var again));
            Assert.Equal(frames, again);
        }

        if (ScaleHeader.TryParse(text, out var scale))
        {
            Assert.True(ScaleHeader.TryParse(ScaleHeader.Format(scale), out var again));
            Assert.Equal(scale, again);
        }

        if (SpeedHeader.TryParse(text, out var speed))
        {
            Assert.True(speed > 0);
        }

        if (CSeqHeader.TryParse(text, out var cseq))
        {
            Assert.Equal(text.Trim(), CSeqHeader.Format(cseq).PadLeft(text.Trim().Length, '0'));
        }

        if (RateControlHeader.TryParse(text, out var rateControl))
        {
            Assert.True(RateControlHeader.TryParse(RateControlHeader.Format(rateControl), out var again));
            Assert.Equal(rateControl, again);
        }
    }

    private static string RandomText(Random random)
    {
        const string chars = "abcRTP/AVPTCPnpt=clock-0123456789:;,.\"\\ \t=url*$";
        var sb = new StringBuilder();
        var n = random.Next(0, 120);
        for (var i = 0; i < n; i++)
        {
            sb.Append(random.Next(10) == 0 ? (char)random.Next(1, 0x3000) : chars[random.Next(chars.Length)]);
        }

        return sb.ToString();
    }

    private static string Mutate(string text, Random random)
    {
        var sb = new StringBuilder(text);
        var mutations = random.Next(1, 5);
        for (var m = 0; m < mutations; m++)
        {
            var at = sb.Length == 0 ? 0 : random.Next(sb.Length);
            switch (random.Next(4))
            {
                case 0 when sb.Length > 0:
                    sb.Remove(at, 1);
                    break;
                case 1:
                    sb.Insert(at, ";,-=\":/.0 T"[random.Next(11)]);
                    break;
                case 2 when sb.Length > 0:
                    sb[at] = (char)random.Next(32, 127);
                    break;
                default:
                    sb.Insert(at, text[..Math.Min(text.Length, random.Next(0, 10))]);
                    break;
            }
        }

        return sb.ToString();
    }
}
