using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Vms.Host.Api.Security;
using Vms.Host.Audit;
using Vms.Host.Cameras;
using Vms.Host.Exports;
using Vms.Host.Requisitions;
using Vms.Host.Security;

namespace Vms.Host.Api.Exports;

/// <summary>
/// <c>/api/v1/exports</c>: signed evidence exports under a requisition. Create (202, runs in the background),
/// list and read the caller's own exports, download their files, verify them. The export right is checked with the
/// camera and the time window (a named agent of an open requisition covering both), at creation and at each download.
/// </summary>
internal static class ExportRoutes
{
    public const int MaxCameraIdLength = 100;
    public const int MaxReferenceLength = 200;
    public static readonly TimeSpan MaxWindow = TimeSpan.FromHours(24);

    public static void Map(RouteGroupBuilder v1)
    {
        v1.MapPost("/exports", CreateAsync);
        v1.MapGet("/exports", async (HttpContext c, [FromServices] ExportJobs jobs) =>
            Results.Ok((await jobs.ListAsync(c.GetVmsUser()!.Name, c.RequestAborted).ConfigureAwait(false)).Select(j => j.ToView())));
        v1.MapGet("/exports/{id}", async (string id, HttpContext c, [FromServices] ExportJobs jobs) =>
            await OwnAsync(jobs, id, c).ConfigureAwait(false) is { } job ? Results.Ok(job.ToView()) : NoSuchExport(id));
        v1.MapGet("/exports/{id}/files/{name}", DownloadAsync);
        v1.MapPost("/exports/{id}/verify", VerifyAsync);
    }

    private static async Task<IResult> CreateAsync(CreateExportBody? body, HttpContext c, [FromServices] ExportJobs jobs, [FromServices] IAccessGate gate, [FromServices] RecordingAccess recordings)
    {
        if (body?.Camera is null || body.From is null || body.To is null || body.Requisition is null)
        {
            return ApiProblems.BadRequest("give {\"camera\": ..., \"from\": ..., \"to\": ..., \"requisition\": ...} (times in ISO 8601 with an offset, e.g. 2026-03-10T08:00:00Z)");
        }

        if (body.Camera.Length is 0 or > MaxCameraIdLength || body.Camera.Any(char.IsControl))
        {
            return ApiProblems.BadRequest($"the camera id must be 1-{MaxCameraIdLength} characters without control characters");
        }

        if (body.Requisition.Trim().Length == 0 || body.Requisition.Length > MaxReferenceLength || body.Requisition.Any(char.IsControl))
        {
            return ApiProblems.BadRequest($"the requisition reference must be 1-{MaxReferenceLength} characters without control characters");
        }

        var stream = body.Stream ?? "main";
        if (stream is not ("main" or "sub"))
        {
            return ApiProblems.BadRequest("stream must be 'main' or 'sub'");
        }

        if (!TryParseInstant(body.From, out var from) || !TryParseInstant(body.To, out var to))
        {
            return ApiProblems.BadRequest("from and to must be ISO 8601 instants with an offset, e.g. 2026-03-10T08:00:00Z");
        }

        if (to <= from)
        {
            return ApiProblems.BadRequest($"the window must end after it starts ({from:O} .. {to:O})");
        }

        if (to - from > MaxWindow)
        {
            return ApiProblems.BadRequest($"one export covers at most {MaxWindow.TotalHours:0} hours; split the window");
        }

        var ct = c.RequestAborted;
        var user = c.GetVmsUser()!.Name;
        var catalog = c.RequestServices.GetService<ICameraCatalog>();
        var info = catalog is null ? null : await catalog.FindAsync(body.Camera, ct).ConfigureAwait(false);
        var camera = new CameraRef(body.Camera, info?.Group);

        // the right first: a caller without it learns nothing about the camera or its recordings
        var decision = await gate.CheckAsync(new AccessRequest(user, Rights.Export, camera, from, to, c.ClientAddress()), ct).ConfigureAwait(false);
        if (!decision.Allowed)
        {
            return ApiProblems.Forbidden(decision.Reason);
        }

        if (!string.Equals(decision.Requisition?.Reference, body.Requisition, StringComparison.Ordinal))
        {
            return ApiProblems.Forbidden($"requisition '{body.Requisition}' does not cover this export (covered by '{decision.Requisition?.Reference}')");
        }

        try
        {
            if ((await recordings.Index.FindAsync(body.Camera, stream, from, to, ct).ConfigureAwait(false)).Count == 0)
            {
                return ApiProblems.NotFound(catalog is not null && info is null
                    ? $"camera '{body.Camera}' is unknown and has nothing recorded between {from:O} and {to:O}"
                    : $"nothing of {body.Camera}/{stream} is recorded between {from:O} and {to:O}");
            }
        }
        catch (RequisitionException e)
        {
            return ApiProblems.Unavailable(e.Message);
        }

        var job = await jobs.SubmitAsync(new SignedExportRequest(user, camera, stream, from, to, body.Requisition, string.Empty, c.ClientAddress()), ct).ConfigureAwait(false);
        if (job is null)
        {
            return ApiProblems.Unavailable($"{ExportJobs.MaxPending} exports are already queued or running; try again later");
        }

        return Results.Accepted($"/api/v1/exports/{job.Id}", job.ToView());
    }

    private static async Task<IResult> DownloadAsync(string id, string name, HttpContext c, [FromServices] ExportJobs jobs, [FromServices] IAccessGate gate, [FromServices] IAuditLog audit)
    {
        if (await OwnAsync(jobs, id, c).ConfigureAwait(false) is not { } job)
        {
            return NoSuchExport(id);
        }

        if (!job.IsDone)
        {
            return ApiProblems.Conflict($"export {id} is not done ({job.ToView().Status})");
        }

        // only a name the export itself listed: nothing the caller sends reaches the file system
        var file = job.Files.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));
        if (file is null)
        {
            return ApiProblems.NotFound($"export {id} has no file '{name}' (it has {string.Join(", ", job.Files.Select(f => f.Name))})");
        }

        var r = job.Request;
        var ct = c.RequestAborted;
        var decision = await gate.CheckAsync(new AccessRequest(r.User, Rights.Export, r.Camera, r.From, r.To, c.ClientAddress()), ct).ConfigureAwait(false);
        if (!decision.Allowed)
        {
            return ApiProblems.Forbidden(decision.Reason);
        }

        await audit.AppendAsync(AuditRecord.Of(
            AuditActions.ExportDownloaded,
            r.User,
            AuditRecord.CameraTarget(r.Camera.Id),
            c.ClientAddress(),
            ("export", job.Id),
            ("requisition", r.Requisition),
            ("file", file.Name),
            ("bytes", file.Bytes)), ct).ConfigureAwait(false);
        var contentType = Path.GetExtension(file.Name) switch
        {
            ".mp4" => "video/mp4",
            ".json" => "application/json",
            _ => "application/octet-stream",
        };
        return Results.File(Path.Combine(r.Folder, file.Name), contentType, file.Name, enableRangeProcessing: true);
    }

    private static async Task<IResult> VerifyAsync(string id, HttpContext c, [FromServices] ExportJobs jobs, [FromServices] SiteSigningKey key)
    {
        if (await OwnAsync(jobs, id, c).ConfigureAwait(false) is not { } job)
        {
            return NoSuchExport(id);
        }

        if (!job.IsDone)
        {
            return ApiProblems.Conflict($"export {id} is not done ({job.ToView().Status})");
        }

        var verification = await SignedExportVerifier.VerifyAsync(job.Request.Folder, key.PublicKeyPem, c.RequestAborted).ConfigureAwait(false);
        return Results.Ok(new
        {
            id = job.Id,
            valid = verification.IsValid,
            problems = verification.Problems,
            notes = verification.Notes,
            keyFingerprint = key.Fingerprint,
        });
    }

    /// <summary>The job if it exists and the caller asked it (another user's export answers as unknown).</summary>
    private static async Task<ExportJob?> OwnAsync(ExportJobs jobs, string id, HttpContext c) =>
        await jobs.FindAsync(id, c.RequestAborted).ConfigureAwait(false) is { } job && job.Request.User == c.GetVmsUser()!.Name ? job : null;

    private static IResult NoSuchExport(string id) => ApiProblems.NotFound($"no export '{id}' of yours");

    private static bool TryParseInstant(string text, out DateTimeOffset value)
    {
        value = default;
        return text.Length <= 64
            && (text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 16 && text[^6] is '+' or '-'))
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    internal sealed record CreateExportBody(string? Camera, string? From, string? To, string? Requisition, string? Stream);
}
