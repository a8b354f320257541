using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Options;
using Vms.Host.Options;

namespace Vms.Host.Data;

/// <summary>
/// Makes a running service follow the database changes of other processes: every <see cref="VmsOptions.ChangePollInterval"/>
/// on the injected clock it reads <c>host_change_versions</c> (one small query) and, for each area whose version moved,
/// calls the area's <see cref="IHostChangeFollower"/>s. Registered right after the migrations, so its baseline comes
/// before any feature loads its own view (a change in between is seen by the first poll). A follower that fails is
/// logged and called again at the next poll.
/// </summary>
internal sealed partial class HostChangeWatcher(
    HostDatabase database,
    IEnumerable<IHostChangeFollower> followers,
    IOptions<VmsOptions> options,
    TimeProvider time,
    ILogger<HostChangeWatcher> logger) : IHostedService, IAsyncDisposable
{
    private readonly IHostChangeFollower[] _followers = [.. followers];
    private readonly Dictionary<string, long> _seen = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private Task? _loop;
    private int _disposed;

    /// <summary>Raised after each poll that called followers (argument: the areas followed). Tests wait on it.</summary>
    public event EventHandler<IReadOnlyList<string>>? Followed;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (_followers.Length == 0)
        {
            return;
        }

        foreach (var (area, version) in await ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            _seen[area] = version;
        }

        foreach (var follower in _followers)
        {
            await follower.BaselineAsync(cancellationToken).ConfigureAwait(false);
        }

        _loop = RunAsync(_stopping.Token);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _disposed) != 0)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_loop is { } loop)
        {
            await loop.ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _stopping.Dispose();
        }
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(options.Value.ChangePollInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                await PollAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task PollAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<(string Area, long Version)> versions;
        try
        {
            versions = await ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DbException or HostDatabaseException)
        {
            LogPollFailed(logger, e.Message);
            return;
        }

        var followed = new List<string>();
        foreach (var (area, version) in versions)
        {
            if (_seen.TryGetValue(area, out var seen) && seen == version)
            {
                continue;
            }

            var ok = true;
            foreach (var follower in _followers.Where(f => f.Area == area))
            {
                try
                {
                    await follower.FollowAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
#pragma warning disable CA1031 // a follower's failure must not stop the watcher: it is logged and retried at the next poll
                catch (Exception e)
#pragma warning restore CA1031
                {
                    ok = false;
                    LogFollowFailed(logger, area, e);
                }
            }

            if (ok)
            {
                _seen[area] = version;
                followed.Add(area);
            }
        }

        if (followed.Count > 0)
        {
            Followed?.Invoke(this, followed);
        }
    }

    private async Task<IReadOnlyList<(string Area, long Version)>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string Area, long Version)>(new CommandDefinition(
            "SELECT area, version FROM host_change_versions", commandTimeout: database.CommandTimeoutSeconds, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows];
    }

    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "Could not read the database change versions: {Reason}")]
    private static partial void LogPollFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Error, Message = "Could not follow a change of '{Area}' made by another process; retrying at the next poll")]
    private static partial void LogFollowFailed(ILogger logger, string area, Exception exception);
}
