using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tt:PTZSpaces</c>: the coordinate spaces a PTZ node supports, per move type. A move type is available
/// only when the node lists a space of that group. See <see cref="PtzSpaceUris"/> for the generic spaces.</summary>
public sealed record PtzSpaces
{
    public IReadOnlyList<Space2DDescription> AbsolutePanTiltPositionSpace { get; init; } = [];

    public IReadOnlyList<Space1DDescription> AbsoluteZoomPositionSpace { get; init; } = [];

    public IReadOnlyList<Space2DDescription> RelativePanTiltTranslationSpace { get; init; } = [];

    public IReadOnlyList<Space1DDescription> RelativeZoomTranslationSpace { get; init; } = [];

    public IReadOnlyList<Space2DDescription> ContinuousPanTiltVelocitySpace { get; init; } = [];

    public IReadOnlyList<Space1DDescription> ContinuousZoomVelocitySpace { get; init; } = [];

    public IReadOnlyList<Space1DDescription> PanTiltSpeedSpace { get; init; } = [];

    public IReadOnlyList<Space1DDescription> ZoomSpeedSpace { get; init; } = [];

    internal XElement ToXml(XName name) => new(name,
        AbsolutePanTiltPositionSpace.Select(s => s.ToXml(Tt + "AbsolutePanTiltPositionSpace")),
        AbsoluteZoomPositionSpace.Select(s => s.ToXml(Tt + "AbsoluteZoomPositionSpace")),
        RelativePanTiltTranslationSpace.Select(s => s.ToXml(Tt + "RelativePanTiltTranslationSpace")),
        RelativeZoomTranslationSpace.Select(s => s.ToXml(Tt + "RelativeZoomTranslationSpace")),
        ContinuousPanTiltVelocitySpace.Select(s => s.ToXml(Tt + "ContinuousPanTiltVelocitySpace")),
        ContinuousZoomVelocitySpace.Select(s => s.ToXml(Tt + "ContinuousZoomVelocitySpace")),
        PanTiltSpeedSpace.Select(s => s.ToXml(Tt + "PanTiltSpeedSpace")),
        ZoomSpeedSpace.Select(s => s.ToXml(Tt + "ZoomSpeedSpace")));

    internal static PtzSpaces FromXml(XElement element) => new()
    {
        AbsolutePanTiltPositionSpace = element.ReadAll(Tt + "AbsolutePanTiltPositionSpace", Space2DDescription.FromXml),
        AbsoluteZoomPositionSpace = element.ReadAll(Tt + "AbsoluteZoomPositionSpace", Space1DDescription.FromXml),
        RelativePanTiltTranslationSpace = element.ReadAll(Tt + "RelativePanTiltTranslationSpace", Space2DDescription.FromXml),
        RelativeZoomTranslationSpace = element.ReadAll(Tt + "RelativeZoomTranslationSpace", Space1DDescription.FromXml),
        ContinuousPanTiltVelocitySpace = element.ReadAll(Tt + "ContinuousPanTiltVelocitySpace", Space2DDescription.FromXml),
        ContinuousZoomVelocitySpace = element.ReadAll(Tt + "ContinuousZoomVelocitySpace", Space1DDescription.FromXml),
        PanTiltSpeedSpace = element.ReadAll(Tt + "PanTiltSpeedSpace", Space1DDescription.FromXml),
        ZoomSpeedSpace = element.ReadAll(Tt + "ZoomSpeedSpace", Space1DDescription.FromXml),
    };
}
