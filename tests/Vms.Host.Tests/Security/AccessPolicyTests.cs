using Vms.Host.Security;

namespace Vms.Host.Tests.Security;

public sealed class AccessPolicyTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly DateTimeOffset Wednesday10h = new(2026, 7, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Wednesday22h = new(2026, 7, 1, 20, 0, 0, TimeSpan.Zero);
    private static readonly CameraRef Cam1 = new("cam-01", "centre");
    private static readonly CameraRef Cam9 = new("cam-09", "port");
    private readonly AccessPolicy _policy = new(Paris);

    private static UserAccount User(string name, params string[] roles) =>
        new(name, name, roles.ToHashSet(), Disabled: false, PasswordHash: "pbkdf2-sha256$1$AA==$AA==", DigestHa1: null);

    private static Requisition OpenCase(params string[] agents) => new(
        1, "PV-2026-0042", "Parquet de Lyon", new DateOnly(2026, 6, 30), new HashSet<string> { "cam-01" },
        new DateTimeOffset(2026, 6, 29, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 6, 30, 0, 0, 0, TimeSpan.Zero),
        agents.ToHashSet(), new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero), ClosedAt: null);

    [Fact]
    public void Operator_GetsLiveButNotPlayback()
    {
        var op = User("olivia", BuiltInRoles.Operator);

        Assert.True(_policy.CanLive(op, Rights.Live, Cam1, [], Wednesday10h).Allowed);
        var playback = _policy.CanRecordings(op, Rights.Playback, Cam1, Wednesday10h.AddDays(-2), Wednesday10h.AddDays(-2).AddHours(1), [], [OpenCase("olivia")], Wednesday10h);
        Assert.False(playback.Allowed);
        Assert.Contains("does not hold playback", playback.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Administrator_SeesNoImagesUnlessGranted()
    {
        var admin = User("root", BuiltInRoles.Administrator);

        Assert.False(_policy.CanLive(admin, Rights.Live, Cam1, [], Wednesday10h).Allowed);
        var grant = new Grant(7, GrantSubject.User("root"), GrantScope.Camera("cam-01"), Rights.Live, WeeklySchedule.Always);
        Assert.True(_policy.CanLive(admin, Rights.Live, Cam1, [grant], Wednesday10h).Allowed);
        Assert.False(_policy.CanLive(admin, Rights.Live, Cam9, [grant], Wednesday10h).Allowed);
    }

    [Fact]
    public void Investigator_PlaysBackOnlyInsideAnOpenRequisitionNamingThem()
    {
        var inv = User("ines", BuiltInRoles.Investigator);
        var from = new DateTimeOffset(2026, 6, 29, 10, 0, 0, TimeSpan.Zero);
        var to = from.AddHours(1);

        Assert.True(_policy.CanRecordings(inv, Rights.Playback, Cam1, from, to, [], [OpenCase("ines")], Wednesday10h).Allowed);
        Assert.False(_policy.CanRecordings(inv, Rights.Playback, Cam1, from, to, [], [], Wednesday10h).Allowed);
        Assert.False(_policy.CanRecordings(inv, Rights.Playback, Cam1, from, to, [], [OpenCase("someone-else")], Wednesday10h).Allowed);
        Assert.False(_policy.CanRecordings(inv, Rights.Playback, Cam9, from, to, [], [OpenCase("ines")], Wednesday10h).Allowed);
        Assert.False(_policy.CanRecordings(inv, Rights.Export, Cam1, from.AddDays(-1), to, [], [OpenCase("ines")], Wednesday10h).Allowed);
        var closed = OpenCase("ines") with { ClosedAt = Wednesday10h.AddHours(-1) };
        Assert.False(_policy.CanRecordings(inv, Rights.Playback, Cam1, from, to, [], [closed], Wednesday10h).Allowed);
        Assert.False(_policy.CanRecordings(inv, Rights.Playback, Cam1, from, to, [], [OpenCase("ines")], new DateTimeOffset(2026, 9, 2, 0, 0, 0, TimeSpan.Zero)).Allowed);
    }

    [Fact]
    public void ScheduledGrants_HandLiveViewFromMunicipalToNationalPolice()
    {
        Assert.True(WeeklySchedule.TryParse("mon-fri 08:00-20:00", out var office, out _));
        Assert.True(WeeklySchedule.TryParse("mon-thu 20:00-08:00; fri 20:00-00:00; sat,sun 00:00-00:00", out var night, out _));
        Grant[] grants =
        [
            new(1, GrantSubject.Role("police-municipale"), GrantScope.AllCameras, Rights.Live | Rights.Ptz, office),
            new(2, GrantSubject.Role("police-nationale"), GrantScope.AllCameras, Rights.Live, night),
        ];
        var pm = User("pm1", "police-municipale");
        var pn = User("pn1", "police-nationale");

        Assert.True(_policy.CanLive(pm, Rights.Live, Cam1, grants, Wednesday10h).Allowed);
        Assert.False(_policy.CanLive(pn, Rights.Live, Cam1, grants, Wednesday10h).Allowed);
        var refused = _policy.CanLive(pm, Rights.Live, Cam1, grants, Wednesday22h);
        Assert.False(refused.Allowed);
        Assert.Contains("only at other hours", refused.Reason, StringComparison.Ordinal);
        Assert.True(_policy.CanLive(pn, Rights.Live, Cam1, grants, Wednesday22h).Allowed);
        Assert.False(_policy.CanLive(pn, Rights.Ptz, Cam1, grants, Wednesday22h).Allowed);
    }

    [Fact]
    public void DisabledAccount_GetsNothingEvenWithRoles()
    {
        var gone = User("gone", BuiltInRoles.Operator) with { Disabled = true };

        var d = _policy.CanLive(gone, Rights.Live, Cam1, [], Wednesday10h);

        Assert.False(d.Allowed);
        Assert.Contains("disabled", d.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GroupGrant_CoversOnlyCamerasOfThatGroup()
    {
        var g = new Grant(3, GrantSubject.User("u"), GrantScope.Group("port"), Rights.Live, WeeklySchedule.Always);
        var u = User("u");

        Assert.True(_policy.CanLive(u, Rights.Live, Cam9, [g], Wednesday10h).Allowed);
        Assert.False(_policy.CanLive(u, Rights.Live, Cam1, [g], Wednesday10h).Allowed);
    }
}
