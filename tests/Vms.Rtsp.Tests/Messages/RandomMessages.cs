using System.Text;
using Vms.Rtsp.Messages;

namespace Vms.Rtsp.Tests.Messages;

/// <summary>Seeded random, valid requests and responses for round-trip properties.</summary>
internal static class RandomMessages
{
    private const string TokenChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-.^_`|~";
    private const string ValueChars = "abcXYZ019 ;=,\"/:@[]{}?\t-éà€";

    private static readonly string[] Methods =
    [
        RtspMethod.Options, RtspMethod.Describe, RtspMethod.Setup, RtspMethod.Play, RtspMethod.Pause,
        RtspMethod.Teardown, RtspMethod.GetParameter, RtspMethod.SetParameter, RtspMethod.Announce, "X-CUSTOM",
    ];

    public static RtspMessage Next(Random random) =>
        random.Next(2) == 0 ? NextRequest(random) : NextResponse(random);

    public static RtspRequest NextRequest(Random random)
    {
        var uri = random.Next(5) == 0 ? "*" : $"rtsp://10.0.{random.Next(256)}.{random.Next(256)}:{random.Next(1, 65536)}/{Token(random, 12)}/trackID={random.Next(4)}";
        var request = new RtspRequest(Methods[random.Next(Methods.Length)], uri);
        Fill(random, request);
        return request;
    }

    public static RtspResponse NextResponse(Random random)
    {
        int[] codes = [200, 401, 404, 454, 461, 500, 551, 302];
        var response = new RtspResponse(codes[random.Next(codes.Length)], random.Next(4) == 0 ? Value(random, 20).Trim() : null);
        Fill(random, response);
        return response;
    }

    private static void Fill(Random random, RtspMessage message)
    {
        message.CSeq = random.Next(0, int.MaxValue);
        var count = random.Next(0, 12);
        for (var i = 0; i < count; i++)
        {
            var name = Token(random, 16);
            if (string.Equals(name, RtspHeaderNames.ContentLength, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            message.Headers.Add(name, Value(random, 60).Trim(' ', '\t'));
        }

        if (random.Next(3) == 0)
        {
            var body = new byte[random.Next(1, 3000)];
            random.NextBytes(body);
            message.Body = body;
            message.Headers.ContentLength = body.Length;
        }
    }

    private static string Token(Random random, int maxLength)
    {
        var sb = new StringBuilder();
        var n = random.Next(1, maxLength + 1);
        for (var i = 0; i < n; i++)
        {
            sb.Append(TokenChars[random.Next(TokenChars.Length)]);
        }

        return sb.ToString();
    }

    private static string Value(Random random, int maxLength)
    {
        var sb = new StringBuilder();
        var n = random.Next(0, maxLength + 1);
        for (var i = 0; i < n; i++)
        {
            sb.Append(ValueChars[random.Next(ValueChars.Length)]);
        }

        return sb.ToString();
    }
}
