using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:SecurityCapabilities</c> (device GetServiceCapabilities): authentication and user-handling
/// attributes, each optional. UsernameToken and HttpDigest tell a client which authentication to use.</summary>
public sealed record SecurityServiceCapabilities
{
    public bool? Tls10 { get; init; }

    public bool? Tls11 { get; init; }

    public bool? Tls12 { get; init; }

    public bool? OnboardKeyGeneration { get; init; }

    public bool? AccessPolicyConfig { get; init; }

    public bool? DefaultAccessPolicy { get; init; }

    public bool? Dot1X { get; init; }

    public bool? RemoteUserHandling { get; init; }

    public bool? X509Token { get; init; }

    public bool? SamlToken { get; init; }

    public bool? KerberosToken { get; init; }

    public bool? UsernameToken { get; init; }

    public bool? HttpDigest { get; init; }

    public bool? RelToken { get; init; }

    public bool? JsonWebToken { get; init; }

    public IReadOnlyList<int>? SupportedEapMethods { get; init; }

    public int? MaxUsers { get; init; }

    public int? MaxUserNameLength { get; init; }

    public int? MaxPasswordLength { get; init; }

    /// <summary>HTTP Digest algorithms (<c>MD5</c>, <c>SHA-256</c>).</summary>
    public IReadOnlyList<string>? HashingAlgorithms { get; init; }

    internal XElement ToXml(XName name) => new(name,
        OptAttr("TLS1.0", Tls10),
        OptAttr("TLS1.1", Tls11),
        OptAttr("TLS1.2", Tls12),
        OptAttr("OnboardKeyGeneration", OnboardKeyGeneration),
        OptAttr("AccessPolicyConfig", AccessPolicyConfig),
        OptAttr("DefaultAccessPolicy", DefaultAccessPolicy),
        OptAttr("Dot1X", Dot1X),
        OptAttr("RemoteUserHandling", RemoteUserHandling),
        OptAttr("X.509Token", X509Token),
        OptAttr("SAMLToken", SamlToken),
        OptAttr("KerberosToken", KerberosToken),
        OptAttr("UsernameToken", UsernameToken),
        OptAttr("HttpDigest", HttpDigest),
        OptAttr("RELToken", RelToken),
        OptAttr("JsonWebToken", JsonWebToken),
        OptListAttr("SupportedEAPMethods", SupportedEapMethods),
        OptAttr("MaxUsers", MaxUsers),
        OptAttr("MaxUserNameLength", MaxUserNameLength),
        OptAttr("MaxPasswordLength", MaxPasswordLength),
        OptListAttr("HashingAlgorithms", HashingAlgorithms));

    internal static SecurityServiceCapabilities FromXml(XElement element) => new()
    {
        Tls10 = element.AttrBool("TLS1.0"),
        Tls11 = element.AttrBool("TLS1.1"),
        Tls12 = element.AttrBool("TLS1.2"),
        OnboardKeyGeneration = element.AttrBool("OnboardKeyGeneration"),
        AccessPolicyConfig = element.AttrBool("AccessPolicyConfig"),
        DefaultAccessPolicy = element.AttrBool("DefaultAccessPolicy"),
        Dot1X = element.AttrBool("Dot1X"),
        RemoteUserHandling = element.AttrBool("RemoteUserHandling"),
        X509Token = element.AttrBool("X.509Token"),
        SamlToken = element.AttrBool("SAMLToken"),
        KerberosToken = element.AttrBool("KerberosToken"),
        UsernameToken = element.AttrBool("UsernameToken"),
        HttpDigest = element.AttrBool("HttpDigest"),
        RelToken = element.AttrBool("RELToken"),
        JsonWebToken = element.AttrBool("JsonWebToken"),
        SupportedEapMethods = element.AttrIntList("SupportedEAPMethods"),
        MaxUsers = element.AttrInt("MaxUsers"),
        MaxUserNameLength = element.AttrInt("MaxUserNameLength"),
        MaxPasswordLength = element.AttrInt("MaxPasswordLength"),
        HashingAlgorithms = element.AttrList("HashingAlgorithms"),
    };
}
