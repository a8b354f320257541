namespace Vms.Host.Cameras.Registry;

/// <summary>A privacy-mask vertex in normalized image coordinates: x −1 (left) … +1 (right), y −1 (bottom) … +1 (top).</summary>
public readonly record struct MaskPoint(double X, double Y);
