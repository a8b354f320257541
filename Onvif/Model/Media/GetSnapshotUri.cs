using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Media;

/// <summary><c>trt:GetSnapshotUri</c>: the HTTP URI of a JPEG snapshot. Fault: ter:NoProfile.</summary>
public sealed record GetSnapshotUri(string ProfileToken) : IOnvifMessage<GetSnapshotUri>
{
    public static XName ElementName { get; } = Trt + "GetSnapshotUri";

    public XElement ToXml() => new(ElementName,
        Token(Trt + "ProfileToken", ProfileToken));

    public static GetSnapshotUri FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqToken(Trt + "ProfileToken"));
    }
}
