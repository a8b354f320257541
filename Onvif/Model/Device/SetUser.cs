using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:SetUser</c>: changes password and/or level of existing users. Faults: ter:UsernameMissing, ter:FixedUser, ter:PasswordTooWeak, ter:PasswordTooLong.</summary>
public sealed record SetUser(IReadOnlyList<User> Users) : IOnvifMessage<SetUser>
{
    public static XName ElementName { get; } = Tds + "SetUser";

    public XElement ToXml() => new(ElementName,
        Users.Select(u => u.ToXml(Tds + "User")));

    public static SetUser FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReadAll(Tds + "User", User.FromXml, min: 1));
    }
}
