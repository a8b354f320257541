using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:GetUsersResponse</c></summary>
public sealed record GetUsersResponse(IReadOnlyList<User> Users) : IOnvifMessage<GetUsersResponse>
{
    public static XName ElementName { get; } = Tds + "GetUsersResponse";

    public XElement ToXml() => new(ElementName,
        Users.Select(u => u.ToXml(Tds + "User")));

    public static GetUsersResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReadAll(Tds + "User", User.FromXml));
    }
}
