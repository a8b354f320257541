using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tptz:SetHomePosition</c>: stores the current position as home. Fault: env:Receiver/ter:Action/ter:CannotOverwriteHome when fixed.</summary>
public sealed record SetHomePosition(string ProfileToken) : IOnvifMessage<SetHomePosition>
{
    public static XName ElementName { get; } = Tptz + "SetHomePosition";

    public XElement ToXml() => new(ElementName,
        Token(Tptz + "ProfileToken", ProfileToken));

    public static SetHomePosition FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqToken(Tptz + "ProfileToken"));
    }
}
