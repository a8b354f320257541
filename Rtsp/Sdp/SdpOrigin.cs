namespace Vms.Rtsp.Sdp;

/// <summary>The <c>o=</c> line: <c>username sess-id sess-version nettype addrtype unicast-address</c>.</summary>
/// <remarks>The ids stay text: cameras write numbers of any size (and sometimes not numbers).</remarks>
public sealed record SdpOrigin(
    string Username = "-",
    string SessionId = "0",
    string SessionVersion = "0",
    string NetworkType = "IN",
    string AddressType = "IP4",
    string Address = "0.0.0.0")
{
    public override string ToString() => $"{Username} {SessionId} {SessionVersion} {NetworkType} {AddressType} {Address}";

    /// <summary>Lenient: missing trailing fields keep their defaults.</summary>
    internal static SdpOrigin Parse(string text)
    {
        var f = SdpText.Fields(text);
        var d = new SdpOrigin();
        return new SdpOrigin(
            f.Length > 0 ? f[0] : d.Username,
            f.Length > 1 ? f[1] : d.SessionId,
            f.Length > 2 ? f[2] : d.SessionVersion,
            f.Length > 3 ? f[3] : d.NetworkType,
            f.Length > 4 ? f[4] : d.AddressType,
            f.Length > 5 ? f[5] : d.Address);
    }
}
