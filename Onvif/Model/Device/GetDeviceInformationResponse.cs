using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:GetDeviceInformationResponse</c></summary>
public sealed record GetDeviceInformationResponse(DeviceInformation Information) : IOnvifMessage<GetDeviceInformationResponse>
{
    public static XName ElementName { get; } = Tds + "GetDeviceInformationResponse";

    public XElement ToXml() => new(ElementName,
        Elem(Tds + "Manufacturer", Information.Manufacturer),
        Elem(Tds + "Model", Information.Model),
        Elem(Tds + "FirmwareVersion", Information.FirmwareVersion),
        Elem(Tds + "SerialNumber", Information.SerialNumber),
        Elem(Tds + "HardwareId", Information.HardwareId));

    public static GetDeviceInformationResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(new DeviceInformation(
            element.ReqString(Tds + "Manufacturer"),
            element.ReqString(Tds + "Model"),
            element.ReqString(Tds + "FirmwareVersion"),
            element.OptString(Tds + "SerialNumber") ?? string.Empty,
            element.OptString(Tds + "HardwareId") ?? string.Empty));
    }
}
