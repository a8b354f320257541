using System.Xml.Linq;

namespace Vms.Onvif.Soap;

/// <summary>
/// A SOAP fault in version-neutral form: the code (Sender/Receiver/...), the subcode chain as qualified names
/// (<c>ter:InvalidArgVal</c> then <c>ter:NoProfile</c>), the reason text and its language, and the detail.
/// </summary>
public sealed class SoapFault
{
    public SoapFault(SoapFaultCode code, IReadOnlyList<XName> subcodes, string reason, string? reasonLanguage = "en", XElement? detail = null, XName? codeName = null)
    {
        Code = code;
        Subcodes = subcodes;
        Reason = reason;
        ReasonLanguage = reasonLanguage;
        Detail = detail;
        CodeName = codeName ?? OnvifNamespaces.Soap12 + code.ToString();
    }

    public SoapFaultCode Code { get; }

    /// <summary>The code as it was written (SOAP 1.2 name for codes we know; raw for <see cref="SoapFaultCode.Unknown"/>).</summary>
    public XName CodeName { get; }

    /// <summary>The subcodes, outermost first (ONVIF: generic <c>ter:</c> subcode, then the specific one).</summary>
    public IReadOnlyList<XName> Subcodes { get; }

    public string Reason { get; }

    public string? ReasonLanguage { get; }

    /// <summary>The <c>Detail</c> (1.2) or <c>detail</c> (1.1) element, when present.</summary>
    public XElement? Detail { get; }

    /// <summary>A <c>env:Sender</c> fault with the given subcodes.</summary>
    public static SoapFault Sender(string reason, params XName[] subcodes) => new(SoapFaultCode.Sender, subcodes, reason);

    /// <summary>A <c>env:Receiver</c> fault with the given subcodes.</summary>
    public static SoapFault Receiver(string reason, params XName[] subcodes) => new(SoapFaultCode.Receiver, subcodes, reason);

    /// <summary>True when <paramref name="subcode"/> appears anywhere in the subcode chain. Subcodes whose prefix
    /// was undeclared (a known camera bug) are kept in no namespace and match on local name.</summary>
    public bool HasSubcode(XName subcode)
    {
        foreach (var s in Subcodes)
        {
            if (s == subcode || (s.Namespace == XNamespace.None && s.LocalName == subcode.LocalName))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() =>
        $"{Code}{(Subcodes.Count > 0 ? "/" + string.Join("/", Subcodes.Select(s => s.LocalName)) : string.Empty)}: {Reason}";
}
