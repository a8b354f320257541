using Vms.Rtsp.Sdp;

namespace Vms.Rtsp.Tests.Sdp;

public class SdpRoundTripTests
{
    private const string Word = "abcXYZ0189-_.+/";
    private const string Text = "abc XYZ 0189-_.+/:;,=\"'éà€\t";

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void WriteThenParse_RandomDescription_IsIdentity(int seed)
    {
        var random = new Random(seed);
        var sdp = RandomDescription(random);
        var text = SdpWriter.Write(sdp);

        var parsed = SdpReader.Parse(text);

        Assert.Equal(text, SdpWriter.Write(parsed));
        Assert.Equal(sdp.Origin, parsed.Origin);
        Assert.Equal(sdp.SessionName, parsed.SessionName);
        Assert.Equal(sdp.Attributes, parsed.Attributes);
        Assert.Equal(sdp.Media.Count, parsed.Media.Count);
        for (var i = 0; i < sdp.Media.Count; i++)
        {
            Assert.Equal(sdp.Media[i].Formats, parsed.Media[i].Formats);
            Assert.Equal(sdp.Media[i].Attributes, parsed.Media[i].Attributes);
            Assert.Equal(sdp.Media[i].Connections, parsed.Media[i].Connections);
            Assert.Equal(sdp.Media[i].Bandwidths, parsed.Media[i].Bandwidths);
            Assert.Equal(sdp.Media[i].Port, parsed.Media[i].Port);
            Assert.Equal(sdp.Media[i].PortCount, parsed.Media[i].PortCount);
        }
    }

    private static SessionDescription RandomDescription(Random r)
    {
        var sdp = new SessionDescription
        {
            Origin = new SdpOrigin(W(r), r.NextInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), W(r), "IN", "IP4", W(r)),
            SessionName = T(r),
            Information = r.Next(2) == 0 ? null : T(r),
            Uri = r.Next(2) == 0 ? null : "rtsp://" + W(r),
            Connection = r.Next(2) == 0 ? null : new SdpConnection("IN", "IP4", W(r)),
            TimeZones = r.Next(4) == 0 ? "2882844526 -1h 2898848070 0" : null,
        };
        for (var i = r.Next(3); i > 0; i--)
        {
            sdp.Emails.Add(T(r));
        }

        for (var i = r.Next(3); i > 0; i--)
        {
            sdp.Bandwidths.Add(new SdpBandwidth(W(r), r.Next()));
        }

        for (var i = r.Next(3); i > 0; i--)
        {
            var timing = new SdpTiming((ulong)r.NextInt64(), (ulong)r.NextInt64());
            if (r.Next(2) == 0)
            {
                timing.Repeats.Add("7d 1h 0 25h");
            }

            sdp.Timings.Add(timing);
        }

        for (var i = r.Next(6); i > 0; i--)
        {
            sdp.Attributes.Add(Attribute(r));
        }

        for (var m = r.Next(5); m > 0; m--)
        {
            var media = new SdpMedia(new[] { "video", "audio", "application" }[r.Next(3)], r.Next(65536), "RTP/AVP",
                Enumerable.Range(0, r.Next(0, 4)).Select(_ => r.Next(128).ToString(System.Globalization.CultureInfo.InvariantCulture)))
            {
                PortCount = r.Next(3) == 0 ? r.Next(1, 9) : null,
                Information = r.Next(3) == 0 ? T(r) : null,
            };
            for (var i = r.Next(3); i > 0; i--)
            {
                media.Connections.Add(new SdpConnection("IN", "IP6", W(r)));
            }

            for (var i = r.Next(2); i > 0; i--)
            {
                media.Bandwidths.Add(new SdpBandwidth("AS", r.Next()));
            }

            for (var i = r.Next(8); i > 0; i--)
            {
                media.Attributes.Add(Attribute(r));
            }

            sdp.Media.Add(media);
        }

        return sdp;
    }

    private static SdpAttribute Attribute(Random r) => r.Next(3) == 0 ? new SdpAttribute(W(r)) : new SdpAttribute(W(r), T(r));

    private static string W(Random r) => new([.. Enumerable.Range(0, r.Next(1, 16)).Select(_ => Word[r.Next(Word.Length)])]);

    /// <summary>Free text without leading/trailing blanks (the reader trims those).</summary>
    private static string T(Random r) =>
        new string([.. Enumerable.Range(0, r.Next(1, 30)).Select(_ => Text[r.Next(Text.Length)])]).Trim() is { Length: > 0 } t ? t : "x";
}
