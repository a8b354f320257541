using Microsoft.AspNetCore.Mvc;
using Vms.Host.Api.Security;
using Vms.Host.Recording;
using Vms.Host.Security;
using Vms.Host.Streaming;

namespace Vms.Host.Api.Streaming;

/// <summary><c>GET /api/v1/cameras/{id}/recordings?from=&amp;to=[&amp;stream=main|sub]</c> (timeline with gaps) and <c>GET /api/v1/recordings/usage</c>.</summary>
internal static class RecordingEndpoints
{
    /// <summary>Recordings closer than this are one span on the timeline.</summary>
    public static readonly TimeSpan TimelineTolerance = TimeSpan.FromSeconds(1);

    public static void Map(RouteGroupBuilder v1)
    {
        // what is recorded (no image): operators see it with their live right; usage is the configurators' view
        v1.MapGet("/cameras/{id}/recordings", TimelineAsync).RequireVmsRight(Rights.Live, "id");
        v1.MapGet("/recordings/usage", UsageAsync).RequireVmsRight(Rights.Configure);
    }

    private static async Task<IResult> TimelineAsync(
        string id,
        string? from,
        string? to,
        string? stream,
        [FromServices] RecordingStorage storage,
        [FromServices] StreamIngest ingest,
        CancellationToken ct)
    {
        if (!ApiTimes.TryRange(from, to, out var start, out var end, out var error))
        {
            return ApiProblems.BadRequest(error);
        }

        if (stream is not (null or "main" or "sub"))
        {
            return ApiProblems.BadRequest($"stream='{stream}' must be main or sub");
        }

        if (ingest.HasCatalog && !await ingest.IsKnownCameraAsync(id, ct).ConfigureAwait(false))
        {
            return ApiProblems.NotFound($"no camera '{id}'");
        }

        var timeline = await storage.Index.GetTimelineAsync(id, stream ?? "main", start, end, TimelineTolerance, ct).ConfigureAwait(false);
        return Results.Ok(new
        {
            camera = timeline.CameraId,
            stream = timeline.StreamName,
            from = timeline.From,
            to = timeline.To,
            recordedSeconds = timeline.Recorded.TotalSeconds,
            spans = timeline.Spans.Select(s => new { start = s.Start, end = s.End, seconds = s.Duration.TotalSeconds, segments = s.SegmentCount }),
            gaps = timeline.Gaps.Select(g => new { start = g.Start, end = g.End, seconds = g.Duration.TotalSeconds }),
        });
    }

    private static async Task<IResult> UsageAsync([FromServices] RecordingStorage storage, CancellationToken ct)
    {
        var usage = await storage.Index.GetUsageAsync(ct).ConfigureAwait(false);
        return Results.Ok(new
        {
            segments = usage.Segments,
            bytes = usage.Bytes,
            oldest = usage.Oldest,
            newest = usage.Newest,
            daysOnDisk = usage.DaysWithRecordings,
            freeBytes = storage.Files.FreeBytes(RecordingStorage.RootName),
            cameras = usage.Cameras.Select(c => new
            {
                camera = c.CameraId,
                segments = c.Segments,
                bytes = c.Bytes,
                oldest = c.Oldest,
                newest = c.Newest,
                daysOnDisk = c.DaysWithRecordings,
            }),
        });
    }
}
