using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Media;

/// <summary><c>tt:VideoEncoderConfigurationOptions</c> (Media 1): quality range and per-codec options.</summary>
/// <remarks>On the wire the bitrate ranges live in a second copy of each codec's options under <c>tt:Extension</c>.
/// The writer emits that copy when a codec has a <c>BitrateRange</c>; the reader prefers the Extension copy.</remarks>
public sealed record VideoEncoderConfigurationOptions
{
    public required IntRange QualityRange { get; init; }

    public JpegOptions? Jpeg { get; init; }

    public H264Options? H264 { get; init; }

    public bool? GuaranteedFrameRateSupported { get; init; }

    internal XElement ToXml(XName name)
    {
        var jpegExtension = Jpeg?.BitrateRange is not null ? Jpeg.ToXml(Tt + "JPEG", withBitrate: true) : null;
        var h264Extension = H264?.BitrateRange is not null ? H264.ToXml(Tt + "H264", withBitrate: true) : null;
        return new(name,
            OptAttr("GuaranteedFrameRateSupported", GuaranteedFrameRateSupported),
            QualityRange.ToXml(Tt + "QualityRange"),
            Jpeg?.ToXml(Tt + "JPEG", withBitrate: false),
            H264?.ToXml(Tt + "H264", withBitrate: false),
            jpegExtension is null && h264Extension is null ? null : new XElement(Tt + "Extension", jpegExtension, h264Extension));
    }

    internal static VideoEncoderConfigurationOptions FromXml(XElement element)
    {
        var extension = element.Opt(Tt + "Extension");
        var jpeg = extension?.Opt(Tt + "JPEG") ?? element.Opt(Tt + "JPEG");
        var h264 = extension?.Opt(Tt + "H264") ?? element.Opt(Tt + "H264");
        return new()
        {
            GuaranteedFrameRateSupported = element.AttrBool("GuaranteedFrameRateSupported"),
            QualityRange = IntRange.FromXml(element.Req(Tt + "QualityRange")),
            Jpeg = jpeg is null ? null : JpegOptions.FromXml(jpeg),
            H264 = h264 is null ? null : H264Options.FromXml(h264),
        };
    }
}
