namespace Vms.Simulators.Video;

/// <summary>
/// The live, thread-safe scene of one camera, shared by all its streams (main and sub stream render the
/// same scene at their own size). Updates swap an immutable <see cref="SceneState"/>; a stream picks up
/// the change at its next frame.
/// </summary>
public sealed class CameraScene
{
    /// <summary>The most privacy masks a scene holds.</summary>
    public const int MaxMasks = 32;

    /// <summary>Names longer than this are cut (the picture shows what fits anyway).</summary>
    public const int MaxNameLength = 64;

    private readonly Lock _gate = new();
    private SceneState _state;

    public CameraScene(string name, bool panoramic = false) =>
        _state = new SceneState(CheckName(name), PtzPosition.Home, [], panoramic);

    /// <summary>The current snapshot.</summary>
    public SceneState State => Volatile.Read(ref _state);

    public void SetName(string name)
    {
        var checkedName = CheckName(name);
        Update(s => s with { Name = checkedName });
    }

    public void SetPosition(PtzPosition position) => Update(s => s with { Position = position });

    public void SetPanoramic(bool panoramic) => Update(s => s with { Panoramic = panoramic });

    /// <summary>Replaces the privacy masks (copied; at most <see cref="MaxMasks"/>).</summary>
    public void SetMasks(IEnumerable<PrivacyMask> masks)
    {
        ArgumentNullException.ThrowIfNull(masks);
        PrivacyMask[] copy = [.. masks];
        if (copy.Length > MaxMasks)
        {
            throw new ArgumentException($"{copy.Length} privacy masks; a camera holds at most {MaxMasks}", nameof(masks));
        }

        if (copy.Any(m => m is null))
        {
            throw new ArgumentException("a privacy mask is null", nameof(masks));
        }

        Update(s => s with { Masks = copy });
    }

    /// <summary>Applies <paramref name="change"/> atomically with respect to other updates.</summary>
    public void Update(Func<SceneState, SceneState> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            var next = change(_state) ?? throw new InvalidOperationException("a scene update returned no state");
            Volatile.Write(ref _state, next);
        }
    }

    private static string CheckName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length > MaxNameLength ? name[..MaxNameLength] : name;
    }
}
