using System.Data;
using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging;
using Vms.Storage.Index.Rows;
using Vms.Storage.Retention;

namespace Vms.Storage.Index;

/// <summary>The destruction journal: chained appends (inside the caller's transaction), reads and verification.</summary>
internal sealed partial class SqlSegmentIndex
{
    private const int JournalPageSize = 5_000;

    public async Task<IReadOnlyList<JournalEntry>> RemoveAndJournalAsync(IReadOnlyList<SegmentRemoval> removals, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(removals);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (removals.Count == 0)
        {
            return [];
        }

        var drafts = removals.Select(r => new JournalDraft(
            r.Reason,
            r.Segment.Segment.CameraId,
            r.Segment.Segment.StreamName,
            r.Segment.Segment.StartUtc,
            r.Segment.Segment.EndUtc,
            r.Segment.Segment.Bytes,
            JournalPath(r.Segment),
            r.Reference)).ToList();

        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (tx.ConfigureAwait(false))
            {
                var entries = await AppendJournalAsync(connection, tx, drafts, actor, cancellationToken).ConfigureAwait(false);
                var delete = new RepeatedCommand(connection, tx, _sql[QueryNames.SegmentsDelete], _options.CommandTimeoutSeconds, ("Id", DbType.Int64));
                await using (delete.ConfigureAwait(false))
                {
                    foreach (var r in removals)
                    {
                        await delete.Set("Id", r.Segment.Id).ExecuteAsync(cancellationToken).ConfigureAwait(false);
                    }
                }

                await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
                LogRemoved(_logger, removals.Count, entries[0].Seq, entries[^1].Seq, actor);
                return entries;
            }
        }
    }

    public async Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(long afterSeq, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync<JournalRow>(Command(QueryNames.JournalPage, new { AfterSeq = afterSeq, Limit = limit }, null, cancellationToken)).ConfigureAwait(false);
            return [.. rows.Select(ToEntry)];
        }
    }

    public async Task<IReadOnlyList<JournalEntry>> FindJournalAsync(string cameraId, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync<JournalRow>(Command(
                QueryNames.JournalFindByCamera,
                new { Camera = cameraId, From = T(fromUtc), To = T(toUtc) },
                null,
                cancellationToken)).ConfigureAwait(false);
            return [.. rows.Select(ToEntry)];
        }
    }

    public async Task<ChainVerification> VerifyChainAsync(CancellationToken cancellationToken)
    {
        var verifier = new JournalChainVerifier();
        var after = 0L;
        while (true)
        {
            var page = await ReadJournalAsync(after, JournalPageSize, cancellationToken).ConfigureAwait(false);
            if (page.Count == 0)
            {
                break;
            }

            foreach (var entry in page)
            {
                if (!verifier.Check(entry))
                {
                    var broken = verifier.Result();
                    LogChainBroken(_logger, broken.FirstBrokenSeq ?? 0, broken.Problem ?? string.Empty);
                    return broken;
                }
            }

            after = page[^1].Seq;
        }

        return verifier.Result();
    }

    /// <summary>The journal's path field: <c>root:relative/path</c>.</summary>
    internal static string JournalPath(IndexedSegment segment) => segment.Root + ":" + segment.Segment.RelativePath;

    /// <summary>Appends chained entries after the current head; the caller's transaction makes it atomic.</summary>
    private async Task<List<JournalEntry>> AppendJournalAsync(DbConnection connection, DbTransaction tx, List<JournalDraft> drafts, string actor, CancellationToken cancellationToken)
    {
        var head = await connection.QueryFirstOrDefaultAsync<JournalHeadRow>(Command(QueryNames.JournalHead, null, tx, cancellationToken)).ConfigureAwait(false);
        var seq = head?.Seq ?? 0;
        var prev = head?.Hash ?? JournalChain.Genesis;
        var at = UnixMicros.Truncate(_time.GetUtcNow());
        var entries = new List<JournalEntry>(drafts.Count);
        foreach (var d in drafts)
        {
            var entry = new JournalEntry(
                ++seq,
                d.Kind,
                d.CameraId,
                d.StreamName,
                UnixMicros.Truncate(d.StartUtc),
                UnixMicros.Truncate(d.EndUtc),
                d.Bytes,
                d.Path,
                actor,
                at,
                d.Reference,
                prev,
                string.Empty);
            entry = entry with { Hash = JournalChain.ComputeHash(entry) };
            prev = entry.Hash;
            entries.Add(entry);
        }

        var time = _dialect.TimeDbType;
        var insert = new RepeatedCommand(connection, tx, _sql[QueryNames.JournalInsert], _options.CommandTimeoutSeconds,
            ("Seq", DbType.Int64), ("Kind", DbType.String), ("Camera", DbType.String), ("Stream", DbType.String), ("Start", time),
            ("End", time), ("Bytes", DbType.Int64), ("Path", DbType.String), ("Actor", DbType.String), ("At", time),
            ("Reference", DbType.String), ("PrevHash", DbType.String), ("Hash", DbType.String));
        await using (insert.ConfigureAwait(false))
        {
            foreach (var e in entries)
            {
                await insert.Set("Seq", e.Seq).Set("Kind", JournalKinds.ToText(e.Kind)).Set("Camera", e.CameraId).Set("Stream", e.StreamName)
                    .Set("Start", _dialect.TimeValue(e.StartUtc)).Set("End", _dialect.TimeValue(e.EndUtc)).Set("Bytes", e.Bytes)
                    .Set("Path", e.Path).Set("Actor", e.Actor).Set("At", _dialect.TimeValue(e.AtUtc)).Set("Reference", e.Reference)
                    .Set("PrevHash", e.PrevHash).Set("Hash", e.Hash)
                    .ExecuteAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        return entries;
    }

    private static JournalEntry ToEntry(JournalRow r) => new(
        r.Seq,
        JournalKinds.Parse(r.Kind),
        r.Camera,
        r.Stream,
        UnixMicros.ToInstant(r.StartUs),
        UnixMicros.ToInstant(r.EndUs),
        r.Bytes,
        r.Path,
        r.Actor,
        UnixMicros.ToInstant(r.AtUs),
        r.Reference,
        r.PrevHash,
        r.Hash);

    [LoggerMessage(EventId = 4320, Level = LogLevel.Information, Message = "Removed {Count} segments from the index, journal entries {FirstSeq}..{LastSeq} (by {Actor})")]
    private static partial void LogRemoved(ILogger logger, int count, long firstSeq, long lastSeq, string actor);

    [LoggerMessage(EventId = 4321, Level = LogLevel.Critical, Message = "The destruction journal chain is broken at entry {Seq}: {Problem}")]
    private static partial void LogChainBroken(ILogger logger, long seq, string problem);
}
