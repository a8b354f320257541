using System.Data;
using Dapper;

namespace Vms.Storage.Index;

/// <summary>
/// An instant passed to SQL: microseconds since 1970 (INTEGER) for SQLite, <c>datetime2</c> for SQL Server
/// (Dapper would otherwise send <c>datetime</c>, which rounds to 3 ms).
/// </summary>
internal sealed class DbTime(DateTimeOffset instant, bool asDateTime2) : SqlMapper.ICustomQueryParameter
{
    public DateTimeOffset Instant { get; } = instant;

    public void AddParameter(IDbCommand command, string name)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        if (asDateTime2)
        {
            p.DbType = DbType.DateTime2;
            p.Value = UnixMicros.Truncate(Instant).UtcDateTime;
        }
        else
        {
            p.DbType = DbType.Int64;
            p.Value = UnixMicros.From(Instant);
        }

        command.Parameters.Add(p);
    }
}
