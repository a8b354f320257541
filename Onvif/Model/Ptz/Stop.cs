using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tptz:Stop</c>: stops pan/tilt and/or zoom; an absent flag means true (stop it).</summary>
public sealed record Stop(string ProfileToken, bool? PanTilt = null, bool? Zoom = null) : IOnvifMessage<Stop>
{
    public static XName ElementName { get; } = Tptz + "Stop";

    /// <summary>Whether pan/tilt is to stop (absent = true).</summary>
    public bool StopsPanTilt => PanTilt ?? true;

    /// <summary>Whether zoom is to stop (absent = true).</summary>
    public bool StopsZoom => Zoom ?? true;

    public XElement ToXml() => new(ElementName,
        Token(Tptz + "ProfileToken", ProfileToken),
        Opt(Tptz + "PanTilt", PanTilt),
        Opt(Tptz + "Zoom", Zoom));

    public static Stop FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqToken(Tptz + "ProfileToken"), element.OptBool(Tptz + "PanTilt"), element.OptBool(Tptz + "Zoom"));
    }
}
