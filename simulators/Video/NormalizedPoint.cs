namespace Vms.Simulators.Video;

/// <summary>
/// A point in ONVIF normalized picture coordinates: x and y in [−1, 1], origin at the centre, y up.
/// Pixel position in a W×H picture: px = (x + 1) / 2 · W, py = (1 − y) / 2 · H.
/// </summary>
public readonly record struct NormalizedPoint(double X, double Y);
