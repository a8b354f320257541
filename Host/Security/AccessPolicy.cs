namespace Vms.Host.Security;

/// <summary>
/// The one place that decides access, used alike by the REST API, the CLI and every RTSP path so that no
/// path can bypass it. Rules:
/// <list type="bullet">
/// <item>a disabled or password-less account gets nothing;</item>
/// <item>a right comes from a built-in role (every camera, always) or from a grant (its scope and schedule);</item>
/// <item>playback and export also need an open requisition naming the user, the camera and the whole time range.</item>
/// </list>
/// </summary>
public sealed class AccessPolicy(TimeZoneInfo siteZone)
{
    public TimeZoneInfo SiteZone { get; } = siteZone;

    /// <summary>Whether <paramref name="user"/> holds <paramref name="right"/> on the camera at <paramref name="now"/> (roles and grants only).</summary>
    public AccessDecision HasRight(UserAccount user, Rights right, CameraRef camera, IEnumerable<Grant> grants, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(camera);
        ArgumentNullException.ThrowIfNull(grants);
        if (!user.CanLogIn)
        {
            return AccessDecision.Deny($"account '{user.Name}' is disabled");
        }

        foreach (var role in user.Roles)
        {
            if (BuiltInRoles.RightsOf(role).HasFlag(right))
            {
                return AccessDecision.Allow($"role {role}");
            }
        }

        var outOfSchedule = false;
        foreach (var g in grants)
        {
            if (!g.Rights.HasFlag(right) || !g.Subject.Matches(user) || !g.Scope.Covers(camera.Id, camera.Group))
            {
                continue;
            }

            if (g.Schedule.IsActive(now, SiteZone))
            {
                return AccessDecision.Allow($"grant {g.Id} ({g.Subject} {g.Scope} {g.Schedule})");
            }

            outOfSchedule = true;
        }

        var name = RightsText.Format(right);
        return AccessDecision.Deny(outOfSchedule
            ? $"'{user.Name}' holds {name} on camera {camera.Id} only at other hours"
            : $"'{user.Name}' does not hold {name} on camera {camera.Id}");
    }

    /// <summary>Live view or PTZ: the right alone decides.</summary>
    public AccessDecision CanLive(UserAccount user, Rights right, CameraRef camera, IEnumerable<Grant> grants, DateTimeOffset now) =>
        right is Rights.Live or Rights.Ptz
            ? HasRight(user, right, camera, grants, now)
            : throw new ArgumentOutOfRangeException(nameof(right), right, "live rights are live and ptz");

    /// <summary>Playback or export of [from, to): the right AND an open requisition naming the user, the camera and the range.</summary>
    public AccessDecision CanRecordings(
        UserAccount user,
        Rights right,
        CameraRef camera,
        DateTimeOffset from,
        DateTimeOffset to,
        IEnumerable<Grant> grants,
        IEnumerable<Requisition> requisitions,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(requisitions);
        if (right is not (Rights.Playback or Rights.Export))
        {
            throw new ArgumentOutOfRangeException(nameof(right), right, "recording rights are playback and export");
        }

        var held = HasRight(user, right, camera, grants, now);
        if (!held.Allowed)
        {
            return held;
        }

        var requisition = requisitions.FirstOrDefault(r => r.Covers(user.Name, camera.Id, from, to, now));
        return requisition is null
            ? AccessDecision.Deny($"no open requisition names '{user.Name}' for camera {camera.Id} from {from:u} to {to:u}")
            : AccessDecision.Allow($"{held.Reason}; requisition {requisition.Reference}", requisition);
    }
}
