using System.Xml.Linq;

namespace Vms.Onvif.Security;

/// <summary>A WS-Security UsernameToken (OASIS UsernameToken Profile 1.0) as carried in <c>wsse:Security</c>.</summary>
public sealed record UsernameToken(string Username, string Password, bool IsDigest, byte[]? Nonce, string? Created)
{
    public const string PasswordDigestType = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest";
    public const string PasswordTextType = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText";
    public const string Base64EncodingType = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary";

    /// <summary>The <c>wsse:Security</c> header block (mustUnderstand set for SOAP 1.2 or 1.1).</summary>
    public XElement ToSecurityHeader(XNamespace envelopeNamespace)
    {
        var wsse = OnvifNamespaces.WsSecurity;
        var wsu = OnvifNamespaces.WsUtility;
        var token = new XElement(
            wsse + "UsernameToken",
            new XElement(wsse + "Username", Username),
            new XElement(wsse + "Password", new XAttribute("Type", IsDigest ? PasswordDigestType : PasswordTextType), Password));
        if (Nonce is not null)
        {
            token.Add(new XElement(wsse + "Nonce", new XAttribute("EncodingType", Base64EncodingType), Convert.ToBase64String(Nonce)));
        }

        if (Created is not null)
        {
            token.Add(new XElement(wsu + "Created", Created));
        }

        return new XElement(
            wsse + "Security",
            new XAttribute(envelopeNamespace + "mustUnderstand", "1"),
            token);
    }

    /// <summary>Reads the first UsernameToken of a <c>wsse:Security</c> header; null when absent or unusable.</summary>
    public static UsernameToken? FromSecurityHeader(XElement security)
    {
        var wsse = OnvifNamespaces.WsSecurity;
        var token = security.Element(wsse + "UsernameToken");
        var username = token?.Element(wsse + "Username")?.Value.Trim();
        var password = token?.Element(wsse + "Password");
        if (token is null || string.IsNullOrEmpty(username) || password is null)
        {
            return null;
        }

        // Type is optional and defaults to PasswordText per the profile
        var type = ((string?)password.Attribute("Type"))?.Trim();
        var isDigest = type is not null && type.EndsWith("#PasswordDigest", StringComparison.Ordinal);
        byte[]? nonce = null;
        if (token.Element(wsse + "Nonce")?.Value.Trim() is { Length: > 0 } nonceText)
        {
            try
            {
                nonce = Convert.FromBase64String(nonceText);
            }
            catch (FormatException)
            {
                return null;
            }
        }

        var created = token.Element(OnvifNamespaces.WsUtility + "Created")?.Value.Trim();
        return new UsernameToken(username, password.Value.Trim(), isDigest, nonce, created);
    }

    public override string ToString() => $"UsernameToken({Username}, digest={IsDigest}, created={Created})";
}
