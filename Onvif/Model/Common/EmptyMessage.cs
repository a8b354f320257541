using System.Diagnostics.CodeAnalysis;
using System.Xml.Linq;

namespace Vms.Onvif.Model.Common;

/// <summary>Base of the messages without content (<c>tds:GetDeviceInformation</c>, <c>trt:SetVideoEncoderConfigurationResponse</c>,
/// ...): the derived record only names its element.</summary>
public abstract record EmptyMessage<TSelf>
    where TSelf : EmptyMessage<TSelf>, IOnvifMessage<TSelf>, new()
{
    public XElement ToXml() => new(TSelf.ElementName);

    /// <summary>Checks the element name; any content is ignored.</summary>
    [SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "Implements IOnvifMessage.FromXml for the derived message.")]
    public static TSelf FromXml(XElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        element.ExpectName(TSelf.ElementName);
        return new TSelf();
    }
}
