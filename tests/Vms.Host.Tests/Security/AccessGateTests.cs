using Vms.Host.Audit;
using Vms.Host.Requisitions;
using Vms.Host.Security;
using Vms.TestSupport;

namespace Vms.Host.Tests.Security;

public sealed class AccessGateTests : IAsyncLifetime
{
    // Tuesday 2026-03-10 10:00 in Paris (UTC+1)
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly CameraRef Cam1 = new("cam1", "centre");
    private static readonly CameraRef Cam2 = new("cam2", "port");
    private SecurityHarness _h = null!;

    public async Task InitializeAsync() => _h = await SecurityHarness.CreateAsync(Now);

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task CheckAsync_Operator_GetsLiveButNotPlayback()
    {
        await _h.AddUserAsync("olivier", "operator-pass-1", BuiltInRoles.Operator);

        var live = await _h.Gate.CheckAsync(new AccessRequest("olivier", Rights.Live, Cam1), CancellationToken.None);
        var playback = await _h.Gate.CheckAsync(new AccessRequest("olivier", Rights.Playback, Cam1, Now.AddHours(-2), Now.AddHours(-1)), CancellationToken.None);

        Assert.True(live.Allowed, live.Reason);
        Assert.False(playback.Allowed);
        Assert.Contains("does not hold playback", playback.Reason, StringComparison.Ordinal);
        var denied = await _h.Audit.QueryAsync(new AuditQuery(Action: AuditActions.AccessDenied), CancellationToken.None);
        Assert.Equal(("olivier", "camera:cam1"), (Assert.Single(denied).Actor, denied[0].Target));
    }

    [Fact]
    public async Task CheckAsync_Investigator_PlaysBackOnlyInsideAnOpenRequisitionForItsCamerasAndWindow()
    {
        await _h.AddUserAsync("ines", "investigator-1", BuiltInRoles.Investigator);
        await _h.AddUserAsync("ivan", "investigator-2", BuiltInRoles.Investigator);
        var requisitions = (RequisitionService)_h.Services.GetService(typeof(RequisitionService))!;
        var from = Now.AddDays(-1);
        var to = from.AddHours(2);
        Task<AccessDecision> Check(string user, CameraRef cam, DateTimeOffset f, DateTimeOffset t) =>
            _h.Gate.CheckAsync(new AccessRequest(user, Rights.Playback, cam, f, t), CancellationToken.None);

        Assert.False((await Check("ines", Cam1, from, to)).Allowed);
        await requisitions.OpenAsync(new RequisitionDraft("PV 2026/00042", "Parquet de Lyon", new DateOnly(2026, 3, 10), ["cam1"], from, to, ["ines"], Now.AddDays(30)), "admin", null, CancellationToken.None);

        var inside = await Check("ines", Cam1, from.AddMinutes(10), from.AddMinutes(20));
        Assert.True(inside.Allowed, inside.Reason);
        Assert.Equal("PV 2026/00042", inside.Requisition!.Reference);
        Assert.False((await Check("ines", Cam2, from.AddMinutes(10), from.AddMinutes(20))).Allowed);
        Assert.False((await Check("ines", Cam1, from.AddMinutes(-10), from.AddMinutes(20))).Allowed);
        Assert.False((await Check("ines", Cam1, to.AddMinutes(-1), to.AddMinutes(1))).Allowed);
        Assert.False((await Check("ivan", Cam1, from.AddMinutes(10), from.AddMinutes(20))).Allowed);

        await requisitions.CloseAsync("PV 2026/00042", "admin", null, CancellationToken.None);
        Assert.False((await Check("ines", Cam1, from.AddMinutes(10), from.AddMinutes(20))).Allowed);
    }

    [Fact]
    public async Task CheckAsync_RightOutsideItsSchedule_IsRefused()
    {
        await _h.AddUserAsync("martin", "municipal-pass", "police-municipale");
        Assert.True(WeeklySchedule.TryParse("mon-fri 08:00-20:00", out var office, out _));
        await _h.Users.AddGrantAsync("admin", GrantSubject.Role("police-municipale"), GrantScope.AllCameras, Rights.Live, office, CancellationToken.None);

        var day = await _h.Gate.CheckAsync(new AccessRequest("martin", Rights.Live, Cam1), CancellationToken.None);
        _h.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 10, 19, 30, 0, TimeSpan.Zero)); // 20:30 in Paris
        var evening = await _h.Gate.CheckAsync(new AccessRequest("martin", Rights.Live, Cam1), CancellationToken.None);

        Assert.True(day.Allowed, day.Reason);
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 19, 0, 0, TimeSpan.Zero), day.ValidUntil);
        Assert.False(evening.Allowed);
        Assert.Contains("only at other hours", evening.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenLiveAsync_AtTheHandOver_RevokesTheMunicipalSessionAndAuditsIt()
    {
        await _h.AddUserAsync("martin", "municipal-pass", "police-municipale");
        await _h.AddUserAsync("nadia", "national-pass1", "police-nationale");
        Assert.True(WeeklySchedule.TryParse("mon-fri 08:00-20:00", out var office, out _));
        Assert.True(WeeklySchedule.TryParse("mon-fri 20:00-08:00; sat,sun 00:00-00:00", out var night, out _));
        await _h.Users.AddGrantAsync("admin", GrantSubject.Role("police-municipale"), GrantScope.AllCameras, Rights.Live, office, CancellationToken.None);
        await _h.Users.AddGrantAsync("admin", GrantSubject.Role("police-nationale"), GrantScope.AllCameras, Rights.Live, night, CancellationToken.None);
        _h.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 10, 18, 55, 0, TimeSpan.Zero)); // 19:55 in Paris

        await using var municipal = await _h.Gate.OpenLiveAsync("martin", Cam1, "10.0.0.5", CancellationToken.None);
        Assert.True(municipal.Allowed, municipal.Decision.Reason);
        Assert.False((await _h.Gate.OpenLiveAsync("nadia", Cam1, "10.0.0.6", CancellationToken.None)).Allowed);
        var revoked = new TaskCompletionSource();
        municipal.Revoked.Register(() => revoked.TrySetResult());

        _h.Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.False(municipal.Revoked.IsCancellationRequested);
        _h.Clock.Advance(TimeSpan.FromMinutes(1)); // 20:00
        await revoked.Task.WithTimeout();

        Assert.Contains("only at other hours", municipal.RevokedReason, StringComparison.Ordinal);
        await using var national = await _h.Gate.OpenLiveAsync("nadia", Cam1, "10.0.0.6", CancellationToken.None);
        Assert.True(national.Allowed, national.Decision.Reason);
        var handOver = Assert.Single(await _h.Audit.QueryAsync(new AuditQuery(Action: AuditActions.LiveHandOver), CancellationToken.None));
        Assert.Equal(("martin", "camera:cam1", "10.0.0.5"), (handOver.Actor, handOver.Target, handOver.ClientAddress));
    }

    [Fact]
    public async Task AuthenticatePasswordAsync_RepeatedFailures_LockTheAccountEvenForTheRightPassword()
    {
        await _h.AddUserAsync("olivier", "operator-pass-1", BuiltInRoles.Operator);
        for (var i = 0; i < 6; i++)
        {
            Assert.False((await _h.Gate.AuthenticatePasswordAsync("olivier", "guess-" + i, "192.0.2.7", CancellationToken.None)).Succeeded);
        }

        var locked = await _h.Gate.AuthenticatePasswordAsync("olivier", "operator-pass-1", "192.0.2.8", CancellationToken.None);
        Assert.False(locked.Succeeded);
        Assert.NotNull(locked.LockedUntil);
        Assert.NotEmpty(await _h.Audit.QueryAsync(new AuditQuery(Action: AuditActions.LoginLockedOut, Actor: "olivier"), CancellationToken.None));
        Assert.Null(await _h.Gate.LookupDigestAsync("olivier", SecurityOptions.Realm, CancellationToken.None));

        _h.Clock.SetUtcNow(locked.LockedUntil!.Value.AddSeconds(1));
        Assert.True((await _h.Gate.AuthenticatePasswordAsync("olivier", "operator-pass-1", "192.0.2.8", CancellationToken.None)).Succeeded);
    }

    [Fact]
    public async Task AuthenticateTokenAsync_RevokedOrExpiredToken_IsRefused()
    {
        await _h.AddUserAsync("olivier", "operator-pass-1", BuiltInRoles.Operator);
        var (token, info) = await _h.Users.CreateTokenAsync("olivier", "laptop", TimeSpan.FromHours(1), null, CancellationToken.None);
        var (other, _) = await _h.Users.CreateTokenAsync("olivier", "phone", TimeSpan.FromHours(1), null, CancellationToken.None);

        Assert.Equal("olivier", (await _h.Gate.AuthenticateTokenAsync(token, null, CancellationToken.None))?.Name);
        Assert.True(await _h.Users.RevokeTokenAsync("admin", info.Id, null, CancellationToken.None));
        Assert.Null(await _h.Gate.AuthenticateTokenAsync(token, null, CancellationToken.None));
        Assert.NotNull(await _h.Gate.AuthenticateTokenAsync(other, null, CancellationToken.None));
        _h.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Null(await _h.Gate.AuthenticateTokenAsync(other, null, CancellationToken.None));
        Assert.Null(await _h.Gate.AuthenticateTokenAsync(ApiTokens.NewToken(), null, CancellationToken.None));
        var rejected = await _h.Audit.QueryAsync(new AuditQuery(Action: AuditActions.TokenRejected), CancellationToken.None);
        Assert.Equal(["revoked token", "expired token", "unknown token"], rejected.Select(e => System.Text.Json.JsonDocument.Parse(e.Details).RootElement.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task Bootstrap_FirstStart_CreatesAnAdministratorWithoutAUsablePassword()
    {
        var store = (SecurityStore)_h.Services.GetService(typeof(SecurityStore))!;

        Assert.True(await SecurityBootstrap.EnsureAdministratorAsync(store, _h.Audit, _h.Clock, CancellationToken.None));
        Assert.False(await SecurityBootstrap.EnsureAdministratorAsync(store, _h.Audit, _h.Clock, CancellationToken.None));

        var admin = await store.GetUserAsync("admin", CancellationToken.None);
        Assert.Null(admin!.PasswordHash);
        foreach (var guess in new[] { string.Empty, "admin", "password", "vms" })
        {
            Assert.False((await _h.Gate.AuthenticatePasswordAsync("admin", guess, null, CancellationToken.None)).Succeeded);
        }

        Assert.Null(await _h.Gate.LookupDigestAsync("admin", SecurityOptions.Realm, CancellationToken.None));
    }

    [Fact]
    public async Task SetPasswordAsync_DigestSecret_IsStoredEncryptedAndUsableForRtsp()
    {
        await _h.AddUserAsync("olivier", "operator-pass-1", BuiltInRoles.Operator);

        var raw = await QueryScalarAsync("SELECT digest_secret FROM security_users WHERE name = 'olivier'");
        var expected = DigestSecrets.Derive("olivier", SecurityOptions.Realm, "operator-pass-1");
        Assert.StartsWith("v1:", raw, StringComparison.Ordinal);
        Assert.DoesNotContain(expected.Md5Ha1, raw, StringComparison.Ordinal);
        Assert.NotNull(await _h.Gate.LookupDigestAsync("olivier", SecurityOptions.Realm, CancellationToken.None));
        Assert.Null(await _h.Gate.LookupDigestAsync("olivier", "OtherRealm", CancellationToken.None));
    }

    private async Task<string> QueryScalarAsync(string sql)
    {
        await using var c = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + _h.DatabasePath);
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return (string)(await cmd.ExecuteScalarAsync())!;
    }
}
