using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tr2:GetProfiles</c>: one profile (Token) or all; Types selects the configurations returned (none = none, All = every one). Fault: ter:NoProfile.</summary>
public sealed record GetProfiles(string? Token = null, IReadOnlyList<ConfigurationType>? Types = null) : IOnvifMessage<GetProfiles>
{
    public static XName ElementName { get; } = Tr2 + "GetProfiles";

    /// <summary>The configuration types asked for; empty = profiles without configurations.</summary>
    public IReadOnlyList<ConfigurationType> Types { get; init; } = Types ?? [];

    /// <summary>Whether configurations of <paramref name="type"/> are to be returned (asked by name or through All).</summary>
    public bool Wants(ConfigurationType type) => Types.Contains(ConfigurationType.All) || Types.Contains(type);

    public XElement ToXml() => new(ElementName,
        OptToken(Tr2 + "Token", Token),
        Types.Select(t => EnumElem(Tr2 + "Type", t)));

    public static GetProfiles FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.OptToken(Tr2 + "Token"), element.ReadAll(Tr2 + "Type", e => e.AsEnum<ConfigurationType>()));
    }
}
