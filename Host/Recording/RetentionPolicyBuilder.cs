using Vms.Host.Cameras;
using Vms.Host.Options;
using Vms.Storage.Retention;

namespace Vms.Host.Recording;

/// <summary>
/// Turns the settings and the camera registry into Storage's retention rules: the default age is the legal
/// ceiling, a camera's <see cref="CameraInfo.RetentionDays"/> can only shorten it, and the segment volume keeps
/// <see cref="RetentionOptions.MinFreeGiB"/> free.
/// </summary>
internal static class RetentionPolicyBuilder
{
    private const double BytesPerGiB = 1024d * 1024 * 1024;

    public static RetentionPolicies Build(RetentionOptions options, IReadOnlyList<CameraInfo> cameras)
    {
        var perCamera = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        foreach (var camera in cameras)
        {
            if (camera.RetentionDays is { } days && days > 0)
            {
                perCamera[camera.Id] = TimeSpan.FromDays(days);
            }
        }

        var minFree = options.MinFreeGiB > 0 ? (long)(options.MinFreeGiB * BytesPerGiB) : (long?)null;
        return new RetentionPolicies
        {
            DefaultMaxAge = TimeSpan.FromDays(options.DefaultMaxAgeDays),
            CameraMaxAge = perCamera,
            Roots = minFree is null ? [] : [new RootQuota(RecordingStorage.RootName, MinFreeBytes: minFree)],
        };
    }
}
