using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tt:ColorOptions</c>: either a list of allowed colors or colorspace ranges (a schema choice: when both
/// are given, only <see cref="ColorList"/> is written).</summary>
public sealed record ColorOptions(IReadOnlyList<Color> ColorList, IReadOnlyList<ColorspaceRange> ColorspaceRanges)
{
    internal XElement ToXml(XName name) => new(name,
        ColorList.Count > 0
            ? ColorList.Select(c => c.ToXml(Tt + "ColorList"))
            : ColorspaceRanges.Select(r => r.ToXml(Tt + "ColorspaceRange")));

    internal static ColorOptions FromXml(XElement element) => new(
        element.ReadAll(Tt + "ColorList", Color.FromXml),
        element.ReadAll(Tt + "ColorspaceRange", ColorspaceRange.FromXml));
}
