using Dapper;
using Microsoft.Data.SqlClient;
using Vms.Storage.Index;
using Xunit.Abstractions;

namespace Vms.Storage.Tests.Index;

/// <summary>
/// The index contract on SQL Server, when <c>VMS_TEST_SQLSERVER</c> holds a connection string whose login may
/// create databases: each test creates a database <c>vms_test_&lt;guid&gt;</c> and drops it afterwards.
/// </summary>
[RequiresEnvironment(Variable, "a SQL Server connection string allowed to CREATE DATABASE (see docs/storage-index.md)")]
public sealed class SqlServerSegmentIndexTests(ITestOutputHelper output) : SegmentIndexContractTests(output)
{
    public const string Variable = "VMS_TEST_SQLSERVER";

    private readonly string _database = "vms_test_" + Guid.NewGuid().ToString("N");

    private protected override string DisableJournalProtectionSql => "DISABLE TRIGGER dbo.tr_journal_append_only ON dbo.destruction_journal;";

    private protected override string EditJournalEntry2Sql => "UPDATE dbo.destruction_journal SET bytes = bytes - 1 WHERE seq = 2;";

    private protected override string DeleteJournalEntry2Sql => "DELETE FROM dbo.destruction_journal WHERE seq = 2;";

    private static string ServerConnectionString => Environment.GetEnvironmentVariable(Variable)
        ?? throw new InvalidOperationException($"{Variable} is not set");

    private protected override async Task<SegmentIndexOptions> CreateDatabaseAsync()
    {
        await using (var master = new SqlConnection(ServerConnectionString))
        {
            await master.OpenAsync();
            await master.ExecuteAsync($"CREATE DATABASE [{_database}];");
        }

        var builder = new SqlConnectionStringBuilder(ServerConnectionString) { InitialCatalog = _database };
        return SegmentIndexOptions.ForSqlServer(builder.ConnectionString) with { BatchMaxRows = 50, BatchInterval = TimeSpan.FromMilliseconds(200) };
    }

    private protected override async Task DropDatabaseAsync()
    {
        SqlConnection.ClearAllPools();
        await using var master = new SqlConnection(ServerConnectionString);
        await master.OpenAsync();
        await master.ExecuteAsync($"ALTER DATABASE [{_database}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{_database}];");
    }
}
