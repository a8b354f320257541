using System.Text;
using Vms.Rtsp.Auth;

namespace Vms.Rtsp.Tests.Auth;

/// <summary>Mutated and random WWW-Authenticate/Authorization values: parsers answer true/false, never throw,
/// and accepted values format to text that parses to the same thing.</summary>
public class AuthCorpusTests
{
    private static readonly string[] Corpus =
    [
        "Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", algorithm=SHA-256, nonce=\"7ypf/xlj9XXw\", opaque=\"FQhe/qaU\"",
        "Digest realm=\"cam\", nonce=\"a,b\", stale=TRUE, Basic realm=\"cam\"",
        "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==",
        "Digest username=\"Mu\\\"fasa\", realm=\"r\", uri=\"/x\", nc=00000001, cnonce=\"c\", qop=auth, response=\"00\"",
        "Digest username*=UTF-8''J%C3%A4s, realm=\"r\"",
    ];

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 20)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TryParse_MutatedValues_OnlyTrueOrFalse(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 300; i++)
        {
            var text = Mutate(Corpus[random.Next(Corpus.Length)], random);

            if (WwwAuthenticateHeader.TryParse(text, out var challenges))
            {
                Assert.True(WwwAuthenticateHeader.TryParse(WwwAuthenticateHeader.Format(challenges), out var again), WwwAuthenticateHeader.Format(challenges));
                Assert.Equal(challenges, again);
                _ = RtspClientAuthenticator.SelectBest(challenges);
                foreach (var c in challenges)
                {
                    _ = c.QopOptions;
                    _ = c.TryGetAlgorithm(out _);
                }
            }

            if (AuthorizationHeader.TryParse(text, out var authorization))
            {
                Assert.True(AuthorizationHeader.TryParse(authorization.Format(), out var again), authorization.Format());
                Assert.Equal(authorization, again);
                _ = authorization.Username;
                _ = authorization.TryGetBasicCredentials(out _, out _);
            }
        }
    }

    private static string Mutate(string text, Random random)
    {
        var sb = new StringBuilder(text);
        var n = random.Next(1, 5);
        for (var m = 0; m < n; m++)
        {
            var at = sb.Length == 0 ? 0 : random.Next(sb.Length);
            switch (random.Next(4))
            {
                case 0 when sb.Length > 0:
                    sb.Remove(at, 1);
                    break;
                case 1:
                    sb.Insert(at, ",\"\\= \t:'%"[random.Next(9)]);
                    break;
                case 2 when sb.Length > 0:
                    sb[at] = (char)random.Next(32, 0x300);
                    break;
                default:
                    sb.Insert(at, text[random.Next(text.Length)]);
                    break;
            }
        }

        return sb.ToString();
    }
}
