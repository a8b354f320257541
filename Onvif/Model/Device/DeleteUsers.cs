using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:DeleteUsers</c>: deletes users by name. Faults: ter:UsernameMissing, ter:FixedUser.</summary>
public sealed record DeleteUsers(IReadOnlyList<string> Usernames) : IOnvifMessage<DeleteUsers>
{
    public static XName ElementName { get; } = Tds + "DeleteUsers";

    public XElement ToXml() => new(ElementName,
        Many(Tds + "Username", Usernames));

    public static DeleteUsers FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReadAllStrings(Tds + "Username", min: 1));
    }
}
