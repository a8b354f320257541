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

    public DbType DbType => asDateTime2 ? DbType.DateTime2 : DbType.Int64;

    public object Value => asDateTime2 ? UnixMicros.Truncate(Instant).UtcDateTime : UnixMicros.From(Instant);

    public void AddParameter(IDbCommand command, string name)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.DbType = DbType;
        p.Value = Value;
        command.Parameters.Add(p);
    }
}
