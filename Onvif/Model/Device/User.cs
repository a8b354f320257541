using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tt:User</c>. GetUsers never carries a password; CreateUsers and SetUser do.</summary>
public sealed record User(string Username, string? Password, UserLevel UserLevel)
{
    internal XElement ToXml(XName name) => new(name,
        Elem(Tt + "Username", Username),
        Opt(Tt + "Password", Password),
        EnumElem(Tt + "UserLevel", UserLevel));

    internal static User FromXml(XElement element) => new(
        element.ReqString(Tt + "Username"),
        element.Opt(Tt + "Password")?.Value,
        element.ReqEnum<UserLevel>(Tt + "UserLevel"));
}
