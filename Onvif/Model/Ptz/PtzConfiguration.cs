using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tt:PTZConfiguration</c>: the PTZ node a media profile drives, its default spaces, speed and timeout,
/// and optional limits. Found in Media 1 and Media2 profiles and returned by the PTZ service.</summary>
public sealed record PtzConfiguration
{
    public required string Token { get; init; }

    public required string Name { get; init; }

    public int UseCount { get; init; }

    public required string NodeToken { get; init; }

    /// <summary>Written as <c>tt:DefaultAbsolutePantTiltPositionSpace</c> ("Pant": the schema's spelling).</summary>
    public string? DefaultAbsolutePanTiltPositionSpace { get; init; }

    public string? DefaultAbsoluteZoomPositionSpace { get; init; }

    public string? DefaultRelativePanTiltTranslationSpace { get; init; }

    public string? DefaultRelativeZoomTranslationSpace { get; init; }

    public string? DefaultContinuousPanTiltVelocitySpace { get; init; }

    public string? DefaultContinuousZoomVelocitySpace { get; init; }

    /// <summary>Default speed; its vectors' <c>space</c> attribute names the speed space (there is no separate
    /// DefaultPanTiltSpeedSpace element, whatever the prose says).</summary>
    public PtzVector? DefaultPtzSpeed { get; init; }

    public TimeSpan? DefaultPtzTimeout { get; init; }

    public Space2DDescription? PanTiltLimits { get; init; }

    public Space1DDescription? ZoomLimits { get; init; }

    public int? MoveRamp { get; init; }

    public int? PresetRamp { get; init; }

    public int? PresetTourRamp { get; init; }

    internal XElement ToXml(XName name) => new(name,
        TokenAttr("token", Token),
        OptAttr("MoveRamp", MoveRamp),
        OptAttr("PresetRamp", PresetRamp),
        OptAttr("PresetTourRamp", PresetTourRamp),
        Elem(Tt + "Name", Name),
        Elem(Tt + "UseCount", UseCount),
        Token(Tt + "NodeToken", NodeToken),
        Opt(Tt + "DefaultAbsolutePantTiltPositionSpace", DefaultAbsolutePanTiltPositionSpace),
        Opt(Tt + "DefaultAbsoluteZoomPositionSpace", DefaultAbsoluteZoomPositionSpace),
        Opt(Tt + "DefaultRelativePanTiltTranslationSpace", DefaultRelativePanTiltTranslationSpace),
        Opt(Tt + "DefaultRelativeZoomTranslationSpace", DefaultRelativeZoomTranslationSpace),
        Opt(Tt + "DefaultContinuousPanTiltVelocitySpace", DefaultContinuousPanTiltVelocitySpace),
        Opt(Tt + "DefaultContinuousZoomVelocitySpace", DefaultContinuousZoomVelocitySpace),
        DefaultPtzSpeed?.ToXml(Tt + "DefaultPTZSpeed"),
        Opt(Tt + "DefaultPTZTimeout", DefaultPtzTimeout),
        PanTiltLimits is null ? null : new XElement(Tt + "PanTiltLimits", PanTiltLimits.ToXml(Tt + "Range")),
        ZoomLimits is null ? null : new XElement(Tt + "ZoomLimits", ZoomLimits.ToXml(Tt + "Range")));

    internal static PtzConfiguration FromXml(XElement element) => new()
    {
        Token = element.ReqAttrToken("token"),
        MoveRamp = element.AttrInt("MoveRamp"),
        PresetRamp = element.AttrInt("PresetRamp"),
        PresetTourRamp = element.AttrInt("PresetTourRamp"),
        Name = element.OptString(Tt + "Name") ?? string.Empty,
        UseCount = element.OptInt(Tt + "UseCount") ?? 0,
        NodeToken = element.ReqToken(Tt + "NodeToken"),

        // Some devices "correct" the schema's Pant spelling; accept both.
        DefaultAbsolutePanTiltPositionSpace = element.OptString(Tt + "DefaultAbsolutePantTiltPositionSpace")
            ?? element.OptString(Tt + "DefaultAbsolutePanTiltPositionSpace"),
        DefaultAbsoluteZoomPositionSpace = element.OptString(Tt + "DefaultAbsoluteZoomPositionSpace"),
        DefaultRelativePanTiltTranslationSpace = element.OptString(Tt + "DefaultRelativePanTiltTranslationSpace"),
        DefaultRelativeZoomTranslationSpace = element.OptString(Tt + "DefaultRelativeZoomTranslationSpace"),
        DefaultContinuousPanTiltVelocitySpace = element.OptString(Tt + "DefaultContinuousPanTiltVelocitySpace"),
        DefaultContinuousZoomVelocitySpace = element.OptString(Tt + "DefaultContinuousZoomVelocitySpace"),
        DefaultPtzSpeed = element.Opt(Tt + "DefaultPTZSpeed") is { } speed ? PtzVector.FromXml(speed) : null,
        DefaultPtzTimeout = element.OptDuration(Tt + "DefaultPTZTimeout"),
        PanTiltLimits = element.Opt(Tt + "PanTiltLimits")?.Opt(Tt + "Range") is { } panTilt ? Space2DDescription.FromXml(panTilt) : null,
        ZoomLimits = element.Opt(Tt + "ZoomLimits")?.Opt(Tt + "Range") is { } zoom ? Space1DDescription.FromXml(zoom) : null,
    };
}
