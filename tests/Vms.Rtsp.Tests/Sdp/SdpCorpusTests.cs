using System.Text;
using Vms.Rtsp.Sdp;
using Vms.TestSupport;

namespace Vms.Rtsp.Tests.Sdp;

/// <summary>Corpus replay: the fixtures mutated and random bytes. The reader answers a description or
/// <see cref="SdpFormatException"/>; whatever it reads, the mapper maps and the strict writer writes without throwing.</summary>
public class SdpCorpusTests
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 25)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Parse_MutatedFixturesAndRandomBytes_OnlyTypedOutcomes(int seed)
    {
        var random = new Random(seed);
        var corpus = Directory.GetFiles(Fixtures.PathOf("Sdp"), "*.sdp").Order().Select(File.ReadAllBytes).ToList();
        for (var i = 0; i < 150; i++)
        {
            byte[] data;
            if (random.Next(5) == 0)
            {
                data = new byte[random.Next(0, 400)];
                random.NextBytes(data);
            }
            else
            {
                data = Mutate(corpus[random.Next(corpus.Count)], random);
            }

            SessionDescription sdp;
            try
            {
                sdp = SdpReader.Parse(data);
            }
            catch (SdpFormatException)
            {
                continue;
            }

            var mapping = SdpMediaMapper.ReadTracks(sdp, "rtsp://cam/x?y=1");
            Assert.All(mapping.Tracks, t => Assert.NotNull(t.Track.Control));
            var text = SdpWriter.Write(sdp);
            Assert.Equal(text, SdpWriter.Write(SdpReader.Parse(text)));
        }
    }

    private static byte[] Mutate(byte[] data, Random random)
    {
        var list = data.ToList();
        for (var m = random.Next(1, 8); m > 0 && list.Count > 0; m--)
        {
            var at = random.Next(list.Count);
            switch (random.Next(5))
            {
                case 0:
                    list[at] = (byte)random.Next(256);
                    break;
                case 1:
                    list.RemoveAt(at);
                    break;
                case 2:
                    list.InsertRange(at, Encoding.ASCII.GetBytes(new[] { "\r\n", "m=", "a=", ":", "/", " ", "=", ";", ",", "\0" }[random.Next(10)]));
                    break;
                case 3:
                    list.InsertRange(at, list.Skip(random.Next(list.Count)).Take(random.Next(1, 80)).ToList());
                    break;
                default:
                    list.RemoveRange(at, Math.Min(list.Count - at, random.Next(1, 30)));
                    break;
            }
        }

        return [.. list];
    }
}
