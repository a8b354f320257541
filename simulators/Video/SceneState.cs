namespace Vms.Simulators.Video;

/// <summary>
/// An immutable snapshot of what a camera shows: its name (drawn on the picture), where it looks, its
/// privacy masks, and whether it is a panoramic (360°) camera. Renderers compare snapshots field by field
/// (masks by list reference), so take new snapshots from <see cref="CameraScene"/>.
/// </summary>
public sealed record SceneState
{
    public SceneState(string name, PtzPosition position, IReadOnlyList<PrivacyMask> masks, bool panoramic)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(masks);
        Name = name;
        Position = position;
        Masks = masks;
        Panoramic = panoramic;
    }

    /// <summary>The camera name drawn in the top-left corner.</summary>
    public string Name { get; init; }

    public PtzPosition Position { get; init; }

    /// <summary>Privacy masks in drawing order (later masks over earlier ones).</summary>
    public IReadOnlyList<PrivacyMask> Masks { get; init; }

    /// <summary>A panoramic camera shows the whole 360° around it (pan rotates the view, zoom is ignored).</summary>
    public bool Panoramic { get; init; }
}
