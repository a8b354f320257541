using System.Xml.Linq;

namespace Vms.Onvif.Soap;

/// <summary>Fault parsing for both SOAP versions.</summary>
public static partial class SoapEnvelopeReader
{
    private const int MaxSubcodes = 16;

    private static SoapFault ReadFault12(XElement fault)
    {
        var env = OnvifNamespaces.Soap12;
        var code = fault.Element(env + "Code");
        var codeValue = code?.Element(env + "Value");
        var codeName = codeValue is null ? null : QualifiedNames.Resolve(codeValue, codeValue.Value);
        var subcodes = new List<XName>();
        var sub = code?.Element(env + "Subcode");
        while (sub is not null && subcodes.Count < MaxSubcodes)
        {
            var value = sub.Element(env + "Value");
            if (value is not null && QualifiedNames.Resolve(value, value.Value) is { } name)
            {
                subcodes.Add(name);
            }

            sub = sub.Element(env + "Subcode");
        }

        // Reason: prefer English, else the first text
        var texts = fault.Element(env + "Reason")?.Elements(env + "Text").ToArray() ?? [];
        var text = texts.FirstOrDefault(t => ((string?)t.Attribute(XNamespace.Xml + "lang"))?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true)
            ?? texts.FirstOrDefault();
        return new SoapFault(
            MapCode(codeName, env),
            subcodes,
            text?.Value.Trim() ?? string.Empty,
            (string?)text?.Attribute(XNamespace.Xml + "lang"),
            fault.Element(env + "Detail"),
            codeName ?? env + "Unknown");
    }

    private static SoapFault ReadFault11(XElement fault)
    {
        // SOAP 1.1 fault children are unqualified; tolerate qualified ones as well.
        var faultcode = ChildByLocalName(fault, "faultcode");
        var faultstring = ChildByLocalName(fault, "faultstring");
        var detail = ChildByLocalName(fault, "detail");
        var codeName = faultcode is null ? null : QualifiedNames.Resolve(faultcode, faultcode.Value);
        var env = OnvifNamespaces.Soap11;
        SoapFaultCode code;
        var subcodes = new List<XName>();
        if (codeName is not null && codeName.Namespace == env)
        {
            // "Client.Authentication" style dotted codes keep their first part
            var main = codeName.LocalName.Split('.')[0];
            code = main switch
            {
                "Client" => SoapFaultCode.Sender,
                "Server" => SoapFaultCode.Receiver,
                "VersionMismatch" => SoapFaultCode.VersionMismatch,
                "MustUnderstand" => SoapFaultCode.MustUnderstand,
                _ => SoapFaultCode.Unknown,
            };
        }
        else if (codeName is not null)
        {
            // An application code (ter:NotAuthorized) written directly as faultcode: it is the subcode,
            // and the class follows Core's table.
            subcodes.Add(codeName);
            code = OnvifErrorCodes.IsReceiverSubcode(codeName) ? SoapFaultCode.Receiver : SoapFaultCode.Sender;
        }
        else
        {
            code = SoapFaultCode.Unknown;
        }

        return new SoapFault(
            code,
            subcodes,
            faultstring?.Value.Trim() ?? string.Empty,
            (string?)faultstring?.Attribute(XNamespace.Xml + "lang"),
            detail,
            codeName ?? env + "Unknown");
    }

    private static SoapFaultCode MapCode(XName? name, XNamespace env)
    {
        if (name is null || name.Namespace != env)
        {
            return SoapFaultCode.Unknown;
        }

        return name.LocalName switch
        {
            "Sender" => SoapFaultCode.Sender,
            "Receiver" => SoapFaultCode.Receiver,
            "VersionMismatch" => SoapFaultCode.VersionMismatch,
            "MustUnderstand" => SoapFaultCode.MustUnderstand,
            "DataEncodingUnknown" => SoapFaultCode.DataEncodingUnknown,
            _ => SoapFaultCode.Unknown,
        };
    }

    private static XElement? ChildByLocalName(XElement parent, string localName)
    {
        foreach (var e in parent.Elements())
        {
            if (e.Name.LocalName == localName && (e.Name.Namespace == XNamespace.None || e.Name.Namespace == OnvifNamespaces.Soap11))
            {
                return e;
            }
        }

        return null;
    }
}
