using Vms.Onvif.Model.Device;

namespace Vms.Onvif.Client;

/// <summary>What GetSystemDateAndTime said: the settings, the device's UTC time and device − local offset.</summary>
public sealed record DeviceClockReading(SystemDateTime Settings, DateTimeOffset DeviceUtc, TimeSpan Offset);
