using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Vms.Host.Api.Security;
using Vms.Host.Options;
using Vms.Host.Recording;
using Vms.Host.Security;
using Vms.Host.Streaming;
using Vms.Storage.Index;
using Vms.Storage.Retention;

namespace Vms.Host.Api.Streaming;

/// <summary>
/// Retention under <c>/api/v1/retention</c>: the policies in force, legal holds (list, place, release), the
/// destruction journal (query, verify the hash chain) and a sweep on demand.
/// </summary>
internal static class RetentionEndpoints
{
    private const int MaxJournalPage = 1000;

    public static void Map(RouteGroupBuilder v1)
    {
        var retention = v1.MapGroup("/retention");
        retention.MapGet("/policies", PoliciesAsync).RequireVmsRight(Rights.Configure);
        retention.MapGet("/holds", async (bool? includeReleased, [FromServices] LegalHolds holds, CancellationToken ct) =>
            Results.Ok((await holds.ListAsync(includeReleased ?? false, ct).ConfigureAwait(false)).Select(Hold))).RequireVmsRight(Rights.Administer);
        retention.MapPost("/holds", PlaceHoldAsync).RequireVmsRight(Rights.Administer);
        retention.MapPost("/holds/{id:long}/release", ReleaseHoldAsync).RequireVmsRight(Rights.Administer);
        retention.MapGet("/journal", JournalAsync).RequireVmsRight(Rights.Administer);
        retention.MapGet("/journal/verify", async ([FromServices] RecordingStorage storage, CancellationToken ct) =>
            Results.Ok(await storage.Index.VerifyChainAsync(ct).ConfigureAwait(false))).RequireVmsRight(Rights.Administer);
        retention.MapPost("/sweep", async ([FromServices] RetentionService service, CancellationToken ct) =>
            Results.Ok(Report(await service.SweepAsync(ct).ConfigureAwait(false)))).RequireVmsRight(Rights.Administer);
    }

    /// <summary>Who acts: the authenticated API user when there is one.</summary>
    private static string Actor(HttpContext context) =>
        context.GetVmsUser()?.Name is { Length: > 0 } name ? "user:" + name : "api";

    private static async Task<IResult> PoliciesAsync([FromServices] RetentionService service, [FromServices] IOptions<VmsOptions> options, CancellationToken ct)
    {
        var policies = await service.CurrentPoliciesAsync(ct).ConfigureAwait(false);
        var retention = options.Value.Retention;
        return Results.Ok(new
        {
            defaultMaxAgeDays = retention.DefaultMaxAgeDays,
            minFreeGiB = retention.MinFreeGiB,
            sweepInterval = retention.SweepInterval.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
            cameras = policies.CameraMaxAge.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => new { camera = p.Key, maxAgeDays = Math.Min(p.Value.TotalDays, retention.DefaultMaxAgeDays) }),
            lastSweep = service.LastReport is { } r ? Report(r) : null,
        });
    }

    private static async Task<IResult> PlaceHoldAsync(
        PlaceHoldRequest? request,
        HttpContext context,
        [FromServices] LegalHolds holds,
        [FromServices] RecordingStorage storage,
        [FromServices] StreamIngest ingest,
        CancellationToken ct)
    {
        if (request is null || string.IsNullOrWhiteSpace(request.Camera) || string.IsNullOrWhiteSpace(request.Reference))
        {
            return ApiProblems.BadRequest("a hold needs camera, from, to (UTC ISO-8601) and reference (the requisition or case)");
        }

        if (!ApiTimes.TryRange(request.From, request.To, out var from, out var to, out var error))
        {
            return ApiProblems.BadRequest(error);
        }

        // a removed camera's recordings stay on disk and can still be held; a name that is neither is a typo
        if (ingest.HasCatalog && !await ingest.IsKnownCameraAsync(request.Camera, ct).ConfigureAwait(false) &&
            (await storage.Index.PageByCameraBeforeAsync(request.Camera, DateTimeOffset.MaxValue, SegmentCursor.Start, 1, ct).ConfigureAwait(false)).Count == 0)
        {
            return ApiProblems.NotFound($"no camera '{request.Camera}' (not in the registry and nothing recorded)");
        }

        try
        {
            var hold = await holds.PlaceAsync(request.Camera, from, to, request.Reference, Actor(context), ct).ConfigureAwait(false);
            return Results.Created($"{ApiEndpoints.VersionPrefix}/retention/holds/{hold.Id}", Hold(hold));
        }
        catch (ArgumentException e)
        {
            return ApiProblems.BadRequest(e.Message);
        }
    }

    private static async Task<IResult> ReleaseHoldAsync(long id, HttpContext context, [FromServices] LegalHolds holds, CancellationToken ct)
    {
        var hold = await holds.ReleaseAsync(id, Actor(context), ct).ConfigureAwait(false);
        return hold is null ? ApiProblems.NotFound($"no legal hold {id}") : Results.Ok(Hold(hold));
    }

    private static async Task<IResult> JournalAsync(string? camera, string? from, string? to, long? afterSeq, int? limit, [FromServices] RecordingStorage storage, CancellationToken ct)
    {
        if (camera is not null)
        {
            if (!ApiTimes.TryRange(from, to, out var start, out var end, out var error))
            {
                return ApiProblems.BadRequest(error);
            }

            return Results.Ok((await storage.Index.FindJournalAsync(camera, start, end, ct).ConfigureAwait(false)).Select(Entry));
        }

        if (limit is < 1 or > MaxJournalPage)
        {
            return ApiProblems.BadRequest($"limit must be 1..{MaxJournalPage}");
        }

        if (afterSeq is < 0)
        {
            return ApiProblems.BadRequest("afterSeq must not be negative");
        }

        var entries = await storage.Index.ReadJournalAsync(afterSeq ?? 0, limit ?? 100, ct).ConfigureAwait(false);
        return Results.Ok(entries.Select(Entry));
    }

    private static object Hold(LegalHold h) => new
    {
        id = h.Id,
        camera = h.CameraId,
        from = h.FromUtc,
        to = h.ToUtc,
        reference = h.Reference,
        placedBy = h.PlacedBy,
        placedAt = h.PlacedAtUtc,
        releasedBy = h.ReleasedBy,
        releasedAt = h.ReleasedAtUtc,
        active = h.IsActive,
    };

    private static object Entry(JournalEntry e) => new
    {
        seq = e.Seq,
        kind = JournalKinds.ToText(e.Kind),
        camera = e.CameraId,
        stream = e.StreamName,
        start = e.StartUtc,
        end = e.EndUtc,
        bytes = e.Bytes,
        path = e.Path,
        actor = e.Actor,
        at = e.AtUtc,
        reference = e.Reference,
        hash = e.Hash,
    };

    private static object Report(SweepReport r) => new
    {
        at = r.Now,
        deletedForAge = r.DeletedForAge,
        bytesDeletedForAge = r.BytesDeletedForAge,
        deletedForQuota = r.DeletedForQuota,
        bytesDeletedForQuota = r.BytesDeletedForQuota,
        held = r.Held.Count,
        shortfalls = r.Shortfalls.Count,
        failures = r.Failures.Count,
        policiesMet = r.PoliciesMet,
    };
}
