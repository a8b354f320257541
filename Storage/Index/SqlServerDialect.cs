using System.Data.Common;
using Microsoft.Data.SqlClient;

namespace Vms.Storage.Index;

/// <summary>
/// SQL Server: times are <c>datetime2(6)</c> (instants before 1970 are clamped, the range queries subtract
/// durations from them); scripts are split into batches on lines holding only <c>GO</c>.
/// </summary>
internal sealed class SqlServerDialect : SqlDialect
{
    private static readonly DateTimeOffset Earliest = DateTimeOffset.UnixEpoch;

    public override System.Data.DbType TimeDbType => System.Data.DbType.DateTime2;

    public override IndexDialect Kind => IndexDialect.SqlServer;

    public override DbConnection CreateConnection(string connectionString) => new SqlConnection(connectionString);

    public override DbTime Time(DateTimeOffset instant) => new(instant < Earliest ? Earliest : instant, asDateTime2: true);

    public override IReadOnlyList<string> SplitBatches(string script)
    {
        var batches = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var line in script.Split('\n'))
        {
            if (line.Trim().Equals("GO", StringComparison.OrdinalIgnoreCase))
            {
                Add(batches, current);
                continue;
            }

            current.Append(line).Append('\n');
        }

        Add(batches, current);
        return batches;

        static void Add(List<string> batches, System.Text.StringBuilder current)
        {
            var text = current.ToString();
            if (!string.IsNullOrWhiteSpace(text))
            {
                batches.Add(text);
            }

            current.Clear();
        }
    }
}
