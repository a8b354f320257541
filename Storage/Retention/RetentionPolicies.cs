namespace Vms.Storage.Retention;

/// <summary>
/// Retention rules. A camera's maximum age is the SHORTEST of the rules that apply to it (its own, its group's,
/// the default): the default is the legal ceiling and no per-camera setting can extend it. Nothing that started
/// before <c>now - maxAge</c> survives a sweep, unless a legal hold protects it.
/// </summary>
public sealed record RetentionPolicies
{
    /// <summary>The ceiling for every camera (e.g. 30 days); null for none.</summary>
    public TimeSpan? DefaultMaxAge { get; init; }

    /// <summary>Per-camera maximum ages.</summary>
    public IReadOnlyDictionary<string, TimeSpan> CameraMaxAge { get; init; } = new Dictionary<string, TimeSpan>();

    /// <summary>Camera → group name.</summary>
    public IReadOnlyDictionary<string, string> CameraGroups { get; init; } = new Dictionary<string, string>();

    /// <summary>Per-group maximum ages.</summary>
    public IReadOnlyDictionary<string, TimeSpan> GroupMaxAge { get; init; } = new Dictionary<string, TimeSpan>();

    /// <summary>Space limits per storage root.</summary>
    public IReadOnlyList<RootQuota> Roots { get; init; } = [];

    /// <summary>The maximum age that applies to <paramref name="cameraId"/>, or null when none does.</summary>
    public TimeSpan? MaxAgeFor(string cameraId)
    {
        TimeSpan? result = DefaultMaxAge;
        if (CameraMaxAge.TryGetValue(cameraId, out var own))
        {
            result = Min(result, own);
        }

        if (CameraGroups.TryGetValue(cameraId, out var group) && GroupMaxAge.TryGetValue(group, out var groupAge))
        {
            result = Min(result, groupAge);
        }

        return result;

        static TimeSpan Min(TimeSpan? a, TimeSpan b) => a is { } x && x < b ? x : b;
    }

    /// <summary>Throws <see cref="ArgumentException"/> for negative ages or limits.</summary>
    public void Validate()
    {
        foreach (var age in CameraMaxAge.Values.Concat(GroupMaxAge.Values).Concat(DefaultMaxAge is { } d ? [d] : []))
        {
            if (age <= TimeSpan.Zero)
            {
                throw new ArgumentException($"a maximum age must be positive, was {age}");
            }
        }

        foreach (var q in Roots)
        {
            if (q.MaxBytes < 0 || q.MinFreeBytes < 0)
            {
                throw new ArgumentException($"the quota of root {q.Root} has a negative limit");
            }
        }
    }
}
