using Microsoft.Data.Sqlite;
using Vms.Storage.Index;
using Xunit.Abstractions;

namespace Vms.Storage.Tests.Index;

/// <summary>The index contract on SQLite: a fresh file per test in a temporary folder.</summary>
public sealed class SqliteSegmentIndexTests(ITestOutputHelper output) : SegmentIndexContractTests(output)
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "vms-index-tests", Guid.NewGuid().ToString("N"));

    private protected override string DisableJournalProtectionSql => "DROP TRIGGER tr_journal_no_update; DROP TRIGGER tr_journal_no_delete;";

    private protected override string EditJournalEntry2Sql => "UPDATE destruction_journal SET bytes = bytes - 1 WHERE seq = 2;";

    private protected override string DeleteJournalEntry2Sql => "DELETE FROM destruction_journal WHERE seq = 2;";

    private protected override Task<SegmentIndexOptions> CreateDatabaseAsync() =>
        Task.FromResult(SegmentIndexOptions.ForSqliteFolder(_folder) with { BatchMaxRows = 50, BatchInterval = TimeSpan.FromMilliseconds(200) });

    private protected override Task DropDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task Open_NewFile_UsesWalJournal()
    {
        await using var connection = await Index.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        Assert.True(File.Exists(Path.Combine(_folder, SegmentIndexOptions.SqliteFileName)));
    }
}
