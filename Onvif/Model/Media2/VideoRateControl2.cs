using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tt:VideoRateControl2</c> (Media2): frame rate limit (fps, float), bitrate limit and optional average
/// bitrate (kbit/s), constant-bitrate flag.</summary>
public sealed record VideoRateControl2(float FrameRateLimit, int BitrateLimit, int? AverageBitRate = null, bool? ConstantBitRate = null)
{
    internal XElement ToXml(XName name) => new(name,
        OptAttr("ConstantBitRate", ConstantBitRate),
        Elem(Tt + "FrameRateLimit", FrameRateLimit),
        Elem(Tt + "BitrateLimit", BitrateLimit),
        Opt(Tt + "AverageBitRate", AverageBitRate));

    internal static VideoRateControl2 FromXml(XElement element) => new(
        element.ReqFloat(Tt + "FrameRateLimit"),
        element.ReqInt(Tt + "BitrateLimit"),
        element.OptInt(Tt + "AverageBitRate"),
        element.AttrBool("ConstantBitRate"));
}
