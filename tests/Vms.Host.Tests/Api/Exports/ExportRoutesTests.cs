using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Vms.Host.Api;
using Vms.Host.Api.Exports;
using Vms.Host.Audit;
using Vms.Host.Options;
using Vms.Host.Requisitions;
using Vms.Host.Security;
using Vms.Host.Tests.Exports;
using Vms.Host.Tests.Security;
using Vms.TestSupport;

namespace Vms.Host.Tests.Api.Exports;

public sealed class ExportRoutesTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);
    private SecurityHarness _h = null!;
    private ApiServer _api = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _h = await SecurityHarness.CreateAsync(T0.AddDays(1));
        await RecordedCamera.RecordAsync(_h, "cam1", T0);
        await _h.AddUserAsync("ines", "investigator-1", BuiltInRoles.Investigator);
        await _h.AddUserAsync("ivan", "investigator-2", BuiltInRoles.Investigator);
        await Requisitions.OpenAsync(new RequisitionDraft("PV-42", "Parquet de Lyon", new DateOnly(2026, 3, 10), ["cam1"], T0, T0.AddMinutes(1), ["ines"], T0.AddDays(30)), "admin", null, CancellationToken.None);
        _api = new ApiServer(_h.Services, _h.Services.GetRequiredService<IOptions<VmsOptions>>(), NullLogger<ApiServer>.Instance);
        await _api.StartAsync(CancellationToken.None).WithTimeout();
        _http = new HttpClient { BaseAddress = _api.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _api.StopAsync(CancellationToken.None);
        await _api.DisposeAsync();
        await _h.DisposeAsync();
    }

    public void Dispose() => _http?.Dispose();

    private RequisitionService Requisitions => _h.Services.GetRequiredService<RequisitionService>();

    private async Task<string> TokenAsync(string user, string password)
    {
        using var response = await _http.PostAsJsonAsync("api/v1/auth/tokens", new { user, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await _http.SendAsync(request);
    }

    private static object Body(string from = "2026-03-10T08:00:01Z", string to = "2026-03-10T08:00:07Z", string camera = "cam1", string requisition = "PV-42") =>
        new { camera, from, to, requisition };

    private async Task<HttpStatusCode> CreateStatusAsync(string token, object body)
    {
        using var response = await SendAsync(HttpMethod.Post, "api/v1/exports", token, body);
        return response.StatusCode;
    }

    /// <summary>Creates an export as ines and waits until the background run has finished; returns its id.</summary>
    private async Task<string> CreateDoneAsync(string token)
    {
        using var created = await SendAsync(HttpMethod.Post, "api/v1/exports", token, Body());
        Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Assert.Equal($"/api/v1/exports/{id}", created.Headers.Location?.OriginalString);
        await (await _h.Services.GetRequiredService<ExportJobs>().FindAsync(id, CancellationToken.None))!.Finished.WithTimeout();
        return id;
    }

    [Fact]
    public async Task Create_NamedAgentOfOpenRequisition_RunsToDone_DownloadsAndVerifies()
    {
        var token = await TokenAsync("ines", "investigator-1");
        var id = await CreateDoneAsync(token);

        using var status = await SendAsync(HttpMethod.Get, $"api/v1/exports/{id}", token);
        var job = await status.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(job.GetProperty("status").GetString() == "done", job.ToString());
        var files = job.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("bytes").GetInt64());
        Assert.Equal(["export.mp4", "manifest.json", "manifest.json.sig"], files.Keys.Order(StringComparer.Ordinal));
        Assert.True(Directory.Exists(Path.Combine(_h.Folder, "data", "exports", id)));

        using var video = await SendAsync(HttpMethod.Get, $"api/v1/exports/{id}/files/export.mp4", token);
        Assert.Equal(HttpStatusCode.OK, video.StatusCode);
        Assert.Equal("video/mp4", video.Content.Headers.ContentType?.MediaType);
        var mp4 = await video.Content.ReadAsByteArrayAsync();
        Assert.Equal(files["export.mp4"], mp4.Length);
        Assert.Equal("ftyp", System.Text.Encoding.ASCII.GetString(mp4, 4, 4));
        using var manifestResponse = await SendAsync(HttpMethod.Get, $"api/v1/exports/{id}/files/manifest.json", token);
        var manifest = await manifestResponse.Content.ReadAsByteArrayAsync();
        Assert.Equal(job.GetProperty("manifestSha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(manifest)));
        var videoSha = Convert.ToHexStringLower(SHA256.HashData(mp4));
        Assert.Equal(job.GetProperty("videoSha256").GetString(), videoSha);
        Assert.Equal(videoSha, JsonDocument.Parse(manifest).RootElement.GetProperty("video").GetProperty("sha256").GetString());

        using var verify = await SendAsync(HttpMethod.Post, $"api/v1/exports/{id}/verify", token);
        var verdict = await verify.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(verdict.GetProperty("valid").GetBoolean(), verdict.ToString());
        Assert.Contains(verdict.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("signature", StringComparison.Ordinal));

        using var list = await SendAsync(HttpMethod.Get, "api/v1/exports", token);
        Assert.Equal(id, (await list.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("id").GetString());
        var audit = await _h.Audit.QueryAsync(new AuditQuery(Actor: "ines"), CancellationToken.None);
        Assert.Contains(audit, e => e.Action == AuditActions.ExportCreated && e.Details.Contains("PV-42", StringComparison.Ordinal));
        Assert.Equal(2, audit.Count(e => e.Action == AuditActions.ExportDownloaded && e.Details.Contains(id, StringComparison.Ordinal)));
    }

    [RequiresToolsFact("ffprobe")]
    public async Task Download_FfprobeReadsTheMp4OverHttp_AllFramesDecode()
    {
        var token = await TokenAsync("ines", "investigator-1");
        var id = await CreateDoneAsync(token);

        await using var probe = await ExternalProcess.RunAsync(
            "ffprobe",
            ["-v", "error", "-headers", $"Authorization: Bearer {token}\r\n", "-count_frames", "-select_streams", "v:0", "-show_entries", "stream=codec_name,width,height,nb_read_frames", "-of", "csv=p=0", new Uri(_api.BaseAddress!, $"api/v1/exports/{id}/files/export.mp4").ToString()],
            TimeSpan.FromSeconds(60));

        Assert.True(probe.ExitCode == 0, probe.StandardError);
        Assert.Equal("h264,640,360,72", probe.StandardOutput.Trim());
        Assert.Equal(string.Empty, probe.StandardError.Trim());
    }

    [Fact]
    public async Task Create_UserNotNamedOrOtherRequisition_Answers403_AndOthersCannotSeeTheExport()
    {
        var ivan = await TokenAsync("ivan", "investigator-2");
        var ines = await TokenAsync("ines", "investigator-1");

        Assert.Equal(HttpStatusCode.Forbidden, await CreateStatusAsync(ivan, Body()));
        Assert.Equal(HttpStatusCode.Forbidden, await CreateStatusAsync(ines, Body(requisition: "PV-43")));
        Assert.Equal(HttpStatusCode.Forbidden, await CreateStatusAsync(ines, Body(to: "2026-03-10T08:02:00Z")));
        Assert.Equal(HttpStatusCode.Forbidden, await CreateStatusAsync(ines, Body(camera: "cam9")));
        Assert.False(Directory.Exists(Path.Combine(_h.Folder, "data", "exports")));

        var id = await CreateDoneAsync(ines);
        using var other = await SendAsync(HttpMethod.Get, $"api/v1/exports/{id}", ivan);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        using var otherFile = await SendAsync(HttpMethod.Get, $"api/v1/exports/{id}/files/export.mp4", ivan);
        Assert.Equal(HttpStatusCode.NotFound, otherFile.StatusCode);
    }

    [Fact]
    public async Task Download_AfterTheRequisitionIsClosed_Answers403()
    {
        var token = await TokenAsync("ines", "investigator-1");
        var id = await CreateDoneAsync(token);
        await Requisitions.CloseAsync("PV-42", "admin", null, CancellationToken.None);

        using var response = await SendAsync(HttpMethod.Get, $"api/v1/exports/{id}/files/export.mp4", token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("..%2Fvms.db")]
    [InlineData("..%2F..%2Fvms.db")]
    [InlineData("%2E%2E%2F%2E%2E%2Fkeys%2Fsite-signing.pem")]
    [InlineData("..%5C..%5Cvms.db")]
    [InlineData("export.mp4.partial")]
    [InlineData("EXPORT.MP4")]
    public async Task Download_TraversalOrANameNotListed_Answers400Or404(string name)
    {
        var token = await TokenAsync("ines", "investigator-1");
        var id = await CreateDoneAsync(token);

        using var response = await SendAsync(HttpMethod.Get, $"api/v1/exports/{id}/files/{name}", token);

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, response.StatusCode.ToString());
        Assert.NotEqual("video/mp4", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("2026-03-10T08:00:07Z", "2026-03-10T08:00:01Z")]
    [InlineData("2026-03-10T08:00:01Z", "2026-03-10T08:00:01Z")]
    [InlineData("yesterday", "2026-03-10T08:00:07Z")]
    [InlineData("2026-03-10T08:00:01", "2026-03-10T08:00:07")]
    [InlineData("2026-03-10T08:00:01Z", "2026-03-12T08:00:01Z")]
    public async Task Create_BadTimes_Answers400WithAMessage(string from, string to)
    {
        var token = await TokenAsync("ines", "investigator-1");

        using var response = await SendAsync(HttpMethod.Post, "api/v1/exports", token, Body(from, to));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Create_MissingFieldsOrBadIds_Answers400()
    {
        var token = await TokenAsync("ines", "investigator-1");

        Assert.Equal(HttpStatusCode.BadRequest, await CreateStatusAsync(token, new { camera = "cam1", from = "2026-03-10T08:00:01Z" }));
        Assert.Equal(HttpStatusCode.BadRequest, await CreateStatusAsync(token, Body(camera: "")));
        Assert.Equal(HttpStatusCode.BadRequest, await CreateStatusAsync(token, Body(camera: "cam\n1")));
        Assert.Equal(HttpStatusCode.BadRequest, await CreateStatusAsync(token, Body(requisition: new string('x', 201))));
        Assert.Equal(HttpStatusCode.BadRequest, await CreateStatusAsync(token, new { camera = "cam1", from = "2026-03-10T08:00:01Z", to = "2026-03-10T08:00:07Z", requisition = "PV-42", stream = "../main" }));
    }

    [Fact]
    public async Task Create_NothingRecordedInTheWindow_Answers404()
    {
        var token = await TokenAsync("ines", "investigator-1");

        using var response = await SendAsync(HttpMethod.Post, "api/v1/exports", token, Body("2026-03-10T08:00:30Z", "2026-03-10T08:00:40Z"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("nothing of cam1/main is recorded", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_ExportFolderCannotBeMade_JobFailsWithTheReason_AndItsFilesAnswer409()
    {
        await File.WriteAllTextAsync(Path.Combine(_h.Folder, "data", "exports"), "a file where the exports folder should be");
        var token = await TokenAsync("ines", "investigator-1");
        var id = await CreateDoneAsync(token);

        using var status = await SendAsync(HttpMethod.Get, $"api/v1/exports/{id}", token);
        var job = await status.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("failed", job.GetProperty("status").GetString());
        Assert.False(string.IsNullOrWhiteSpace(job.GetProperty("message").GetString()));
        Assert.Empty(job.GetProperty("files").EnumerateArray());
        using var download = await SendAsync(HttpMethod.Get, $"api/v1/exports/{id}/files/export.mp4", token);
        Assert.Equal(HttpStatusCode.Conflict, download.StatusCode);
        using var verify = await SendAsync(HttpMethod.Post, $"api/v1/exports/{id}/verify", token);
        Assert.Equal(HttpStatusCode.Conflict, verify.StatusCode);
    }

    [Fact]
    public async Task GetAndVerify_UnknownExport_Answers404()
    {
        var token = await TokenAsync("ines", "investigator-1");

        using var get = await SendAsync(HttpMethod.Get, "api/v1/exports/0123456789abcdef", token);
        using var verify = await SendAsync(HttpMethod.Post, "api/v1/exports/0123456789abcdef/verify", token);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, verify.StatusCode);
    }

    [Fact]
    public async Task Restart_DoneJob_StatusFilesAndHashesReadBackFromTheDatabase()
    {
        var token = await TokenAsync("ines", "investigator-1");
        var id = await CreateDoneAsync(token);
        var before = (await _h.Services.GetRequiredService<ExportJobs>().FindAsync(id, CancellationToken.None))!.ToView();

        // a new service instance on the same database: nothing in memory
        await using var restarted = ActivatorUtilities.CreateInstance<ExportJobs>(_h.Services);
        var job = await restarted.FindAsync(id, CancellationToken.None);

        Assert.NotNull(job);
        var after = job.ToView();
        Assert.Equal(ExportJobStatus.Done, after.Status);
        Assert.Equal(before.Files, after.Files);
        Assert.Equal((before.ManifestSha256, before.VideoSha256, before.User, before.Camera, before.From, before.To, before.Requisition, before.CreatedAt, before.FinishedAt), (after.ManifestSha256, after.VideoSha256, after.User, after.Camera, after.From, after.To, after.Requisition, after.CreatedAt, after.FinishedAt));
        Assert.Equal(Path.Combine(_h.Folder, "data", "exports", id), job.Request.Folder);
        Assert.Equal([id], (await restarted.ListAsync("ines", CancellationToken.None)).Select(j => j.Id));
        Assert.Empty(await restarted.ListAsync("ivan", CancellationToken.None));
    }

    [Fact]
    public async Task Restart_JobRunningAtTheStop_FailedAsInterruptedWithItsPartialFolderMarked()
    {
        // a job recorded as running with a half-written folder: the service stopped or crashed during it
        var jobs = _h.Services.GetRequiredService<ExportJobs>();
        var folder = Path.Combine(jobs.Root, "00aa00aa00aa00aa");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, "export.mp4"), new byte[100]);
        var request = new Vms.Host.Exports.SignedExportRequest("ines", new CameraRef("cam1", null), "main", T0, T0.AddMinutes(1), "PV-42", folder);
        var running = ExportJob.Restore("00aa00aa00aa00aa", request, T0.AddDays(1), ExportJobStatus.Running, null, null, [], null, null);
        await new ExportJobStore(_h.Services.GetRequiredService<Vms.Host.Data.HostDatabase>()).InsertAsync(running, CancellationToken.None);

        await using var restarted = ActivatorUtilities.CreateInstance<ExportJobs>(_h.Services);
        var job = (await restarted.FindAsync("00aa00aa00aa00aa", CancellationToken.None))!.ToView();

        Assert.Equal(ExportJobStatus.Failed, job.Status);
        Assert.StartsWith("interrupted: the service stopped", job.Message, StringComparison.Ordinal);
        Assert.Contains("exports/00aa00aa00aa00aa", job.Message, StringComparison.Ordinal);
        Assert.NotNull(job.FinishedAt);
        Assert.Empty(job.Files);
        Assert.True(File.Exists(Path.Combine(folder, "export.mp4")));
        Assert.StartsWith("interrupted:", await File.ReadAllTextAsync(Path.Combine(folder, ExportJobs.InterruptedMarker)), StringComparison.Ordinal);

        // the failure is persisted: a further restart reads it as it is
        await using var again = ActivatorUtilities.CreateInstance<ExportJobs>(_h.Services);
        Assert.Equal(job.Message, (await again.FindAsync("00aa00aa00aa00aa", CancellationToken.None))!.ToView().Message);

        var token = await TokenAsync("ines", "investigator-1");
        using var download = await SendAsync(HttpMethod.Get, "api/v1/exports/00aa00aa00aa00aa/files/export.mp4", token);
        Assert.Equal(HttpStatusCode.Conflict, download.StatusCode);
    }
}
