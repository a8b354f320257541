namespace Vms.Rtsp.Sdp;

/// <summary>A <c>c=</c> line: <c>nettype addrtype connection-address</c> (the address may carry <c>/ttl[/count]</c>).</summary>
public sealed record SdpConnection(string NetworkType, string AddressType, string Address)
{
    /// <summary><c>IN IP4 0.0.0.0</c>, what RTSP servers write when the address comes with SETUP.</summary>
    public static SdpConnection Unspecified { get; } = new("IN", "IP4", "0.0.0.0");

    public override string ToString() => $"{NetworkType} {AddressType} {Address}";

    /// <summary>Null when the line does not have three fields.</summary>
    internal static SdpConnection? Parse(string text)
    {
        var f = SdpText.Fields(text);
        return f.Length >= 3 ? new SdpConnection(f[0], f[1], f[2]) : null;
    }
}
