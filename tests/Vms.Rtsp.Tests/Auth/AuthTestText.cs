using System.Text;

namespace Vms.Rtsp.Tests.Auth;

/// <summary>Random strings full of the characters that break naive quoting.</summary>
internal static class AuthTestText
{
    private const string Chars = "abcXYZ019 \"\\:@,;=/+-_.'éß€日本";

    public static string Random(Random random, int maxLength = 24)
    {
        var sb = new StringBuilder();
        var n = random.Next(1, maxLength + 1);
        for (var i = 0; i < n; i++)
        {
            sb.Append(Chars[random.Next(Chars.Length)]);
        }

        return sb.ToString();
    }
}
