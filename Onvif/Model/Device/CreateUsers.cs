using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:CreateUsers</c>: creates users, all or none. Faults: ter:UsernameClash, ter:PasswordTooLong, ter:TooManyUsers, ter:AnonymousNotAllowed, ter:UsernameTooLong.</summary>
public sealed record CreateUsers(IReadOnlyList<User> Users) : IOnvifMessage<CreateUsers>
{
    public static XName ElementName { get; } = Tds + "CreateUsers";

    public XElement ToXml() => new(ElementName,
        Users.Select(u => u.ToXml(Tds + "User")));

    public static CreateUsers FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReadAll(Tds + "User", User.FromXml, min: 1));
    }
}
