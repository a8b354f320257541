using Vms.Rtsp.Headers;

namespace Vms.Rtsp.Sdp;

/// <summary>Session-level content of the SDP our server answers DESCRIBE with.</summary>
public sealed record SdpDescribeOptions
{
    /// <summary><c>s=</c>.</summary>
    public string SessionName { get; init; } = "Vms";

    /// <summary><c>i=</c>, optional.</summary>
    public string? Information { get; init; }

    /// <summary>The server address in <c>o=</c> (IPv4 or IPv6 text).</summary>
    public string OriginAddress { get; init; } = "0.0.0.0";

    /// <summary><c>o=</c> session id (RFC 8866 suggests an NTP timestamp).</summary>
    public string SessionId { get; init; } = "0";

    /// <summary><c>o=</c> session version.</summary>
    public string SessionVersion { get; init; } = "0";

    /// <summary><c>a=range:</c>; null writes <c>npt=now-</c> (live).</summary>
    public RangeHeader? Range { get; init; }

    /// <summary><c>a=tool:</c>, optional.</summary>
    public string? Tool { get; init; } = "Vms";
}
