using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Imaging;

/// <summary><c>timg:Move</c>: moves the focus of a video source.</summary>
public sealed record Move(string VideoSourceToken, FocusMove Focus) : IOnvifMessage<Move>
{
    public static XName ElementName { get; } = Timg + "Move";

    public XElement ToXml() => new(ElementName,
        Token(Timg + "VideoSourceToken", VideoSourceToken),
        Focus.ToXml(Timg + "Focus"));

    public static Move FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqToken(Timg + "VideoSourceToken"), FocusMove.FromXml(element.Req(Timg + "Focus")));
    }
}
