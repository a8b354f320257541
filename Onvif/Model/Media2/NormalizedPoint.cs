namespace Vms.Onvif.Model.Media2;

/// <summary>A <c>tt:Point</c> (<c>tt:Vector</c>) of a mask polygon in normalized coordinates of the video source
/// configuration window: x −1 (left) … +1 (right), y −1 (bottom) … +1 (top), origin at the centre, y upwards.
/// <see cref="MaskPolygon"/> converts to and from pixels.</summary>
public readonly record struct NormalizedPoint(float X, float Y);
