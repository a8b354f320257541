using Vms.Host.Audit;
using Vms.Storage.Retention;

namespace Vms.Host.Requisitions;

/// <summary>
/// Data-subject requests: for a list of cameras and a time window, what recordings exist (spans per stream
/// from the segment index) and what was destroyed (destruction journal entries overlapping the window), with
/// the journal's hash chain re-verified. The request is audited.
/// </summary>
public sealed class SubjectRequestService(RecordingAccess recordings, IAuditLog audit, TimeProvider time)
{
    /// <summary>Streams whose recordings are reported.</summary>
    public static readonly IReadOnlyList<string> Streams = ["main", "sub"];

    public const int MaxCameras = 256;

    public async Task<SubjectRequestReport> AnswerAsync(IReadOnlyList<string> cameras, DateTimeOffset from, DateTimeOffset to, string actor, string? clientAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cameras);
        if (cameras.Count is 0 or > MaxCameras || to <= from)
        {
            throw new RequisitionException($"name 1 to {MaxCameras} cameras and a window that ends after it starts");
        }

        var index = recordings.Index;
        var chain = await index.VerifyChainAsync(cancellationToken).ConfigureAwait(false);
        var results = new List<SubjectCameraResult>();
        foreach (var camera in cameras.Distinct(StringComparer.Ordinal))
        {
            var spans = new List<SubjectSpan>();
            foreach (var stream in Streams)
            {
                var timeline = await index.GetTimelineAsync(camera, stream, from, to, TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
                spans.AddRange(timeline.Spans.Select(s => new SubjectSpan(stream, s.Start, s.End, s.SegmentCount)));
            }

            var journal = await index.FindJournalAsync(camera, from, to, cancellationToken).ConfigureAwait(false);
            var destroyed = journal
                .Where(j => JournalKinds.IsErasure(j.Kind))
                .Select(j => new SubjectDestruction(j.Seq, JournalKinds.ToText(j.Kind), j.StreamName, j.StartUtc, j.EndUtc, j.Bytes, j.Actor, j.AtUtc, j.Reference, j.Hash))
                .ToList();
            results.Add(new SubjectCameraResult(camera, spans, destroyed));
        }

        var report = new SubjectRequestReport(time.GetUtcNow(), cameras, from, to, results, new SubjectChainStatus(chain.IsIntact, chain.EntriesChecked, chain.FirstBrokenSeq, chain.Problem, chain.HeadSeq, chain.HeadHash));
        await audit.AppendAsync(AuditRecord.Of(AuditActions.SubjectRequest, actor, "cameras:" + string.Join(',', cameras), clientAddress, ("from", from), ("to", to), ("journalIntact", chain.IsIntact), ("journalHead", chain.HeadHash)), cancellationToken).ConfigureAwait(false);
        return report;
    }
}
