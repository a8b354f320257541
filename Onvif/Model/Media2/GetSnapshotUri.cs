using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tr2:GetSnapshotUri</c>: Fault: ter:NoProfile.</summary>
public sealed record GetSnapshotUri(string ProfileToken) : IOnvifMessage<GetSnapshotUri>
{
    public static XName ElementName { get; } = Tr2 + "GetSnapshotUri";

    public XElement ToXml() => new(ElementName,
        Token(Tr2 + "ProfileToken", ProfileToken));

    public static GetSnapshotUri FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqToken(Tr2 + "ProfileToken"));
    }
}
