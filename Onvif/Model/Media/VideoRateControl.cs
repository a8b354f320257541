using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Media;

/// <summary><c>tt:VideoRateControl</c> (Media 1): frame rate limit (fps, integer), encoding interval, bitrate limit (kbit/s).</summary>
public sealed record VideoRateControl(int FrameRateLimit, int EncodingInterval, int BitrateLimit)
{
    internal XElement ToXml(XName name) => new(name,
        Elem(Tt + "FrameRateLimit", FrameRateLimit),
        Elem(Tt + "EncodingInterval", EncodingInterval),
        Elem(Tt + "BitrateLimit", BitrateLimit));

    internal static VideoRateControl FromXml(XElement element) => new(
        element.ReqInt(Tt + "FrameRateLimit"),
        element.OptInt(Tt + "EncodingInterval") ?? 1,
        element.ReqInt(Tt + "BitrateLimit"));
}
