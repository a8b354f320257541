using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tptz:ContinuousMove</c>: moves at a velocity until Stop, a new move or the timeout. An omitted axis keeps its motion. Faults: ter:NoProfile, ter:NoPTZProfile, ter:SpaceNotSupported, ter:InvalidVelocity, ter:TimeoutNotSupported.</summary>
public sealed record ContinuousMove(string ProfileToken, PtzVector Velocity, TimeSpan? Timeout = null) : IOnvifMessage<ContinuousMove>
{
    public static XName ElementName { get; } = Tptz + "ContinuousMove";

    public XElement ToXml() => new(ElementName,
        Token(Tptz + "ProfileToken", ProfileToken),
        Velocity.ToXml(Tptz + "Velocity"),
        Opt(Tptz + "Timeout", Timeout));

    public static ContinuousMove FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqToken(Tptz + "ProfileToken"), PtzVector.FromXml(element.Req(Tptz + "Velocity")), element.OptDuration(Tptz + "Timeout"));
    }
}
