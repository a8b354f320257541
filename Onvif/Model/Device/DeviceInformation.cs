namespace Vms.Onvif.Model.Device;

/// <summary>What GetDeviceInformation returns.</summary>
public sealed record DeviceInformation(string Manufacturer, string Model, string FirmwareVersion, string SerialNumber, string HardwareId);
