using System.Data;
using System.Data.Common;

namespace Vms.Storage.Index;

/// <summary>
/// One SQL statement executed for many rows inside a transaction: the command and its parameters are created
/// once and only their values change per row (the engine keeps the statement prepared). The hot write paths
/// (batched upserts, journal appends) use it instead of per-row parameter objects.
/// </summary>
internal sealed class RepeatedCommand : IAsyncDisposable
{
    private readonly DbCommand _command;
    private readonly Dictionary<string, DbParameter> _parameters = new(StringComparer.Ordinal);

    public RepeatedCommand(DbConnection connection, DbTransaction transaction, string sql, int timeoutSeconds, params (string Name, DbType Type)[] parameters)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = sql;
        _command.CommandTimeout = timeoutSeconds;
        foreach (var (name, type) in parameters)
        {
            var p = _command.CreateParameter();
            p.ParameterName = "@" + name;
            p.DbType = type;
            _command.Parameters.Add(p);
            _parameters[name] = p;
        }
    }

    public RepeatedCommand Set(string name, object? value)
    {
        _parameters[name].Value = value ?? DBNull.Value;
        return this;
    }

    public Task<int> ExecuteAsync(CancellationToken cancellationToken) => _command.ExecuteNonQueryAsync(cancellationToken);

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}
