using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tt:SecurityCapabilities</c> (GetCapabilities): TLS and token flags, all required on the wire.</summary>
public sealed record SecurityCapabilities
{
    public bool Tls11 { get; init; }

    public bool Tls12 { get; init; }

    public bool OnboardKeyGeneration { get; init; }

    public bool AccessPolicyConfig { get; init; }

    public bool X509Token { get; init; }

    public bool SamlToken { get; init; }

    public bool KerberosToken { get; init; }

    public bool RelToken { get; init; }

    internal XElement ToXml(XName name) => new(name,
        Elem(Tt + "TLS1.1", Tls11),
        Elem(Tt + "TLS1.2", Tls12),
        Elem(Tt + "OnboardKeyGeneration", OnboardKeyGeneration),
        Elem(Tt + "AccessPolicyConfig", AccessPolicyConfig),
        Elem(Tt + "X.509Token", X509Token),
        Elem(Tt + "SAMLToken", SamlToken),
        Elem(Tt + "KerberosToken", KerberosToken),
        Elem(Tt + "RELToken", RelToken));

    internal static SecurityCapabilities FromXml(XElement element) => new()
    {
        Tls11 = element.OptBool(Tt + "TLS1.1") ?? false,
        Tls12 = element.OptBool(Tt + "TLS1.2") ?? false,
        OnboardKeyGeneration = element.OptBool(Tt + "OnboardKeyGeneration") ?? false,
        AccessPolicyConfig = element.OptBool(Tt + "AccessPolicyConfig") ?? false,
        X509Token = element.OptBool(Tt + "X.509Token") ?? false,
        SamlToken = element.OptBool(Tt + "SAMLToken") ?? false,
        KerberosToken = element.OptBool(Tt + "KerberosToken") ?? false,
        RelToken = element.OptBool(Tt + "RELToken") ?? false,
    };
}
