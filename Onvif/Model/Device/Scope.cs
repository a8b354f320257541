using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tt:Scope</c>: a discovery scope URI (<c>onvif://www.onvif.org/name/Cam1</c>) and whether it is fixed.</summary>
public sealed record Scope(ScopeDefinition Definition, string Item)
{
    internal XElement ToXml(XName name) => new(name, EnumElem(Tt + "ScopeDef", Definition), Elem(Tt + "ScopeItem", Item));

    internal static Scope FromXml(XElement element) =>
        new(element.ReqEnum<ScopeDefinition>(Tt + "ScopeDef"), element.ReqString(Tt + "ScopeItem"));
}
