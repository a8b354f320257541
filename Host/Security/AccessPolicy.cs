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
    /// <summary>How far ahead a schedule's next change is looked for (beyond it, the right is re-checked then).</summary>
    public static readonly TimeSpan ScheduleHorizon = TimeSpan.FromDays(8);

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
        AccessDecision? best = null;
        foreach (var g in grants)
        {
            if (!g.Rights.HasFlag(right) || !g.Subject.Matches(user) || !g.Scope.Covers(camera.Id, camera.Group))
            {
                continue;
            }

            if (g.Schedule.IsActive(now, SiteZone))
            {
                // the grant that lasts longest wins, so a session is not handed over while another grant still holds
                var until = g.Schedule.NextChange(now, SiteZone, ScheduleHorizon);
                if (best is null || (best.ValidUntil is { } b && (until is null || until > b)))
                {
                    best = AccessDecision.Allow($"grant {g.Id} ({g.Subject} {g.Scope} {g.Schedule})", validUntil: until);
                }

                continue;
            }

            outOfSchedule = true;
        }

        if (best is not null)
        {
            return best;
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
            : AccessDecision.Allow($"{held.Reason}; requisition {requisition.Reference}", requisition, Earliest(held.ValidUntil, requisition.ExpiresAt));
    }

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x < b ? x : b;
}
