using Microsoft.Data.Sqlite;
using Vms.Host.Audit;
using Vms.Host.Tests.Security;

namespace Vms.Host.Tests.Audit;

public sealed class SqlAuditLogTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);
    private SecurityHarness _h = null!;

    public async Task InitializeAsync() => _h = await SecurityHarness.CreateAsync(Now);

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task VerifyAsync_RowEditedInTheDatabaseFile_ReportsTheFirstBrokenLink()
    {
        for (var i = 0; i < 5; i++)
        {
            await _h.Audit.AppendAsync(AuditRecord.Of(AuditActions.LiveStart, "olivier", "camera:cam" + i, "10.0.0.5"), CancellationToken.None);
            _h.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Null(await _h.Audit.VerifyAsync(CancellationToken.None));
        await using (var c = new SqliteConnection("Data Source=" + _h.DatabasePath))
        {
            await c.OpenAsync();
            await using var update = c.CreateCommand();
            update.CommandText = "UPDATE audit_log SET actor = 'mallory' WHERE seq = 3";
            var refused = await Assert.ThrowsAsync<SqliteException>(() => update.ExecuteNonQueryAsync());
            Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);

            // someone with the file drops the guard and edits the row
            await using var edit = c.CreateCommand();
            edit.CommandText = "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'mallory' WHERE seq = 3";
            await edit.ExecuteNonQueryAsync();
        }

        var broken = await _h.Audit.VerifyAsync(CancellationToken.None);
        using var output = new StringWriter();
        var exit = await Vms.Host.Cli.CommandLine.RunAsync(["audit", "verify", "--data", Path.GetDirectoryName(_h.DatabasePath)!], new Vms.Host.Cli.CommandConsole(output, output), CancellationToken.None);
        Assert.Equal(1, exit);
        Assert.Contains("BROKEN at entry 3", output.ToString(), StringComparison.Ordinal);

        Assert.NotNull(broken);
        Assert.Equal(3, broken!.Sequence);
        Assert.Contains("altered", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryAsync_Filters_ByActorActionPrefixAndTime()
    {
        await _h.Audit.AppendAsync(AuditRecord.Of(AuditActions.LiveStart, "olivier", "camera:cam1", null), CancellationToken.None);
        _h.Clock.Advance(TimeSpan.FromMinutes(1));
        await _h.Audit.AppendAsync(AuditRecord.Of(AuditActions.LiveStop, "olivier", "camera:cam1", null, ("durationSeconds", 60.0)), CancellationToken.None);
        await _h.Audit.AppendAsync(AuditRecord.Of(AuditActions.LoginFailed, "eve", "user:eve", "192.0.2.1"), CancellationToken.None);

        var live = await _h.Audit.QueryAsync(new AuditQuery(Action: "live"), CancellationToken.None);
        var eve = await _h.Audit.QueryAsync(new AuditQuery(Actor: "eve"), CancellationToken.None);
        var later = await _h.Audit.QueryAsync(new AuditQuery(From: Now.AddSeconds(30)), CancellationToken.None);

        Assert.Equal([AuditActions.LiveStart, AuditActions.LiveStop], live.Select(e => e.Action));
        Assert.Equal(AuditActions.LoginFailed, Assert.Single(eve).Action);
        Assert.Equal(2, later.Count);
        Assert.Equal("{\"durationSeconds\":60}", live[1].Details);
    }
}
