namespace Vms.Host.Cli.Verbs;

/// <summary>One media profile of <c>vms probe</c> with encoder settings and stream URIs (or why a URI is missing).</summary>
internal sealed record ProbeProfile(
    string Token,
    string Name,
    string? Codec,
    int? Width,
    int? Height,
    double? FrameRate,
    int? BitrateKbps,
    int? GovLength,
    string? TcpUri,
    string? UdpUri,
    string? UriError);
