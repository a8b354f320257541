using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tr2:MediaProfile</c>: token, fixed flag, name and the configurations GetProfiles was asked for.</summary>
public sealed record MediaProfile
{
    public required string Token { get; init; }

    /// <summary>Always written (some clients require the attribute).</summary>
    public bool Fixed { get; init; }

    public required string Name { get; init; }

    public ConfigurationSet? Configurations { get; init; }

    internal XElement ToXml(XName name) => new(name,
        TokenAttr("token", Token),
        Attr("fixed", Fixed),
        Elem(Tr2 + "Name", Name),
        Configurations?.ToXml(Tr2 + "Configurations"));

    internal static MediaProfile FromXml(XElement element) => new()
    {
        Token = element.ReqAttrToken("token"),
        Fixed = element.AttrBool("fixed") ?? false,
        Name = element.OptString(Tr2 + "Name") ?? string.Empty,
        Configurations = element.Opt(Tr2 + "Configurations") is { } set ? ConfigurationSet.FromXml(set) : null,
    };
}
