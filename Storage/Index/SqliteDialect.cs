using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Vms.Storage.Index;

/// <summary>SQLite: times are INTEGER microseconds; a script runs as one command (several statements).</summary>
internal sealed class SqliteDialect : SqlDialect
{
    public override System.Data.DbType TimeDbType => System.Data.DbType.Int64;

    public override IndexDialect Kind => IndexDialect.Sqlite;

    public override DbConnection CreateConnection(string connectionString) => new SqliteConnection(connectionString);

    public override DbTime Time(DateTimeOffset instant) => new(instant, asDateTime2: false);

    public override IReadOnlyList<string> SplitBatches(string script) => [script];

    public override void PrepareLocation(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
