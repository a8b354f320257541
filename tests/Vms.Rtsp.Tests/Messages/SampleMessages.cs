using System.Text;

namespace Vms.Rtsp.Tests.Messages;

/// <summary>Wire samples of each message shape.</summary>
internal static class SampleMessages
{
    public const string Options = "OPTIONS rtsp://10.0.0.5:554/stream1 RTSP/1.0\r\nCSeq: 1\r\nUser-Agent: test\r\n\r\n";

    public const string DescribeResponse =
        "RTSP/1.0 200 OK\r\nCSeq: 2\r\nContent-Base: rtsp://10.0.0.5/stream1/\r\nContent-Type: application/sdp\r\n" +
        "Content-Length: 40\r\n\r\nv=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=Session\r\n";

    public const string SetParameterWithBody =
        "SET_PARAMETER rtsp://cam/x RTSP/1.0\r\nCSeq: 9\r\nSession: 12345678\r\nContent-Type: text/parameters\r\n" +
        "Content-Length: 9\r\n\r\nbarparam\n";

    public const string Unauthorized =
        "RTSP/1.0 401 Unauthorized\r\nCSeq: 3\r\nWWW-Authenticate: Digest realm=\"cam\", nonce=\"abc\"\r\n" +
        "WWW-Authenticate: Basic realm=\"cam\"\r\n\r\n";

    public static readonly string[] All = [Options, DescribeResponse, SetParameterWithBody, Unauthorized];

    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
