using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Vms.Host.Audit;
using Vms.Host.Recording;
using Vms.Host.Tests.Streaming;
using Vms.Storage.Retention;
using Vms.TestSupport;

namespace Vms.Host.Tests.Recording;

public sealed class RetentionServiceTests
{
    private static readonly DateTimeOffset Far = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Sweep_ManualClockPastRetention_OldRecordingsRemovedAndJournalledHeldAndYoungKept()
    {
        var catalog = new FakeCameraCatalog().With(
            FakeCameraCatalog.Camera("short", retentionDays: 2),
            FakeCameraCatalog.Camera("held", retentionDays: 2),
            FakeCameraCatalog.Camera("default"));
        await using var host = await StreamingTestHost.StartAsync(catalog, new() { ["Vms:Retention:SweepInterval"] = "1.00:00:00" });
        var t0 = host.Time.GetUtcNow();
        foreach (var camera in new[] { "short", "held", "default" })
        {
            var feeder = new SyntheticFeeder(host.Time, camera);
            var feed = feeder.Open(host.Ingest, camera);
            feeder.Publish(feed, 48);
            await feed.DisposeAsync().AsTask().WithTimeout();
        }

        await host.FlushAsync();
        using var http = await host.HttpAsync();
        var placed = await http.PostAsJsonAsync("api/v1/retention/holds", new { camera = "held", from = t0.AddMinutes(-1).ToString("O"), to = t0.AddHours(1).ToString("O"), reference = "REQ-2026-042" }).WithTimeout();
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);

        var service = host.Services.GetRequiredService<RetentionService>();
        var due = t0.AddDays(3);
        var swept = new TaskCompletionSource<SweepReport>(TaskCreationOptions.RunContinuationsAsynchronously);
        service.Swept += (_, report) =>
        {
            if (report.Now >= due)
            {
                swept.TrySetResult(report);
            }
        };
        host.Time.Advance(due - host.Time.GetUtcNow());
        var sweep = await swept.Task.WithTimeout();
        using var later = await host.HttpAsync(); // the first token has expired meanwhile

        Assert.True(sweep.DeletedForAge > 0);
        Assert.NotEmpty(sweep.Held);
        var index = host.Storage.Index;
        Assert.Empty(await index.FindAsync("short", "main", DateTimeOffset.UnixEpoch, Far, CancellationToken.None));
        Assert.NotEmpty(await index.FindAsync("held", "main", DateTimeOffset.UnixEpoch, Far, CancellationToken.None));
        Assert.NotEmpty(await index.FindAsync("default", "main", DateTimeOffset.UnixEpoch, Far, CancellationToken.None));
        Assert.Empty(host.Storage.Files.Enumerate(RecordingStorage.RootName, "short"));

        var journal = await later.GetFromJsonAsync<JsonElement>($"api/v1/retention/journal?camera=short&from={Uri.EscapeDataString(t0.AddHours(-1).ToString("O"))}&to={Uri.EscapeDataString(t0.AddHours(1).ToString("O"))}").WithTimeout();
        var entries = journal.EnumerateArray().ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e =>
        {
            Assert.Equal("age", e.GetProperty("kind").GetString());
            Assert.Equal("retention", e.GetProperty("actor").GetString());
        });
        var verify = await later.GetFromJsonAsync<JsonElement>("api/v1/retention/journal/verify").WithTimeout();
        Assert.True(verify.GetProperty("isIntact").GetBoolean());

        var policies = await later.GetFromJsonAsync<JsonElement>("api/v1/retention/policies").WithTimeout();
        Assert.Equal(30, policies.GetProperty("defaultMaxAgeDays").GetInt32());
        Assert.Contains(policies.GetProperty("cameras").EnumerateArray(), c => c.GetProperty("camera").GetString() == "short" && c.GetProperty("maxAgeDays").GetDouble() == 2);
    }

    [Fact]
    public async Task SweepAsync_AfterRecordingsAged_SweepIsAuditedBySystemWithWhatItDeleted()
    {
        await using var host = await StreamingTestHost.StartAsync(new FakeCameraCatalog().With(FakeCameraCatalog.Camera("cam1", retentionDays: 1)));
        var feeder = new SyntheticFeeder(host.Time, "cam1");
        var feed = feeder.Open(host.Ingest, "cam1");
        feeder.Publish(feed, 48);
        await feed.DisposeAsync().AsTask().WithTimeout();
        await host.FlushAsync();
        host.Time.Advance(TimeSpan.FromHours(30)); // past the camera's day; the periodic sweeps (5 min) may run too

        var report = await host.Services.GetRequiredService<RetentionService>().SweepAsync(CancellationToken.None).WithTimeout();

        var audit = host.Services.GetRequiredService<IAuditLog>();
        var sweeps = await audit.QueryAsync(new AuditQuery(Action: AuditActions.RetentionSweep), CancellationToken.None).WithTimeout();
        Assert.NotEmpty(sweeps);
        Assert.All(sweeps, e => Assert.Equal(AuditRecord.SystemActor, e.Actor));
        var details = sweeps.Select(e => System.Text.Json.Nodes.JsonNode.Parse(e.Details)!).ToList();
        Assert.True(details.Sum(d => (int)d["deletedForAge"]!) > 0, "the aged segments' deletion is in the audit");
        Assert.Contains(details, d => (int)d["deletedForAge"]! == report.DeletedForAge && (long?)d["lastJournalSeq"] == report.LastJournalSeq);
        Assert.Null(await audit.VerifyAsync(CancellationToken.None).WithTimeout());
    }

    [Fact]
    public async Task HoldsApi_PlaceListRelease_JournalledAndValidated()
    {
        await using var host = await StreamingTestHost.StartAsync(new FakeCameraCatalog().With(FakeCameraCatalog.Camera("cam1")));
        using var http = await host.HttpAsync();
        var response = await http.PostAsJsonAsync("api/v1/retention/holds", new { camera = "cam1", from = "2026-07-01T09:00:00Z", to = "2026-07-01T11:00:00Z", reference = "REQ-1" }).WithTimeout();
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var hold = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = hold.GetProperty("id").GetInt64();
        Assert.Equal("user:admin", hold.GetProperty("placedBy").GetString());

        var active = await http.GetFromJsonAsync<JsonElement>("api/v1/retention/holds").WithTimeout();
        Assert.Single(active.EnumerateArray(), h => h.GetProperty("id").GetInt64() == id);

        var released = await http.PostAsync($"api/v1/retention/holds/{id}/release", null).WithTimeout();
        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        Assert.Empty((await http.GetFromJsonAsync<JsonElement>("api/v1/retention/holds").WithTimeout()).EnumerateArray());
        Assert.Single((await http.GetFromJsonAsync<JsonElement>("api/v1/retention/holds?includeReleased=true").WithTimeout()).EnumerateArray());

        var journal = await http.GetFromJsonAsync<JsonElement>("api/v1/retention/journal").WithTimeout();
        Assert.Equal(new[] { "hold-placed", "hold-released" }, journal.EnumerateArray().Select(e => e.GetProperty("kind").GetString()!).ToArray());

        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsync("api/v1/retention/holds/999/release", null).WithTimeout()).StatusCode);
        var noReference = await http.PostAsJsonAsync("api/v1/retention/holds", new { camera = "cam1", from = "2026-07-01T09:00:00Z", to = "2026-07-01T11:00:00Z" }).WithTimeout();
        Assert.Equal(HttpStatusCode.BadRequest, noReference.StatusCode);
        var reversed = await http.PostAsJsonAsync("api/v1/retention/holds", new { camera = "cam1", from = "2026-07-01T11:00:00Z", to = "2026-07-01T09:00:00Z", reference = "X" }).WithTimeout();
        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("api/v1/retention/journal?limit=0").WithTimeout()).StatusCode);
    }

    [Fact]
    public async Task HoldsApi_UnknownCameraWithoutRecordings_Is404AndNothingJournalled()
    {
        await using var host = await StreamingTestHost.StartAsync(new FakeCameraCatalog().With(FakeCameraCatalog.Camera("cam1")));
        using var http = await host.HttpAsync();

        var response = await http.PostAsJsonAsync("api/v1/retention/holds", new { camera = "nowhere", from = "2026-07-01T09:00:00Z", to = "2026-07-01T11:00:00Z", reference = "REQ-1" }).WithTimeout();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no camera 'nowhere'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty((await http.GetFromJsonAsync<JsonElement>("api/v1/retention/holds?includeReleased=true").WithTimeout()).EnumerateArray());
        Assert.Empty((await http.GetFromJsonAsync<JsonElement>("api/v1/retention/journal").WithTimeout()).EnumerateArray());
    }
}
