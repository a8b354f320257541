using System.Net.Http.Json;
using System.Text.Json;
using Vms.TestSupport;

namespace Vms.EndToEnd.Tests.Product;

/// <summary>Loop recording: recordings older than the legal limit are removed by the sweep, and every removal is journalled.</summary>
public sealed class RetentionScenarioTests
{
    [Fact]
    public async Task Sweep_ManualClockPastTheRetention_RemovesAndJournalsOldRecordings()
    {
        var data = Directory.CreateTempSubdirectory("vms-retention-");
        try
        {
            // record a little on the real clock
            string[] files;
            await using (var recording = await ProductVms.StartAsync(1, data, requisition: false))
            {
                var from = DateTimeOffset.UtcNow.AddMinutes(-5);
                await recording.WaitUntilAsync(
                    async () => (await recording.SegmentsAsync("cam-01", from, DateTimeOffset.UtcNow.AddMinutes(1))).Count >= 2,
                    TimeSpan.FromSeconds(90),
                    "two closed segments of cam-01");
                files = [.. (await recording.SegmentsAsync("cam-01", from, DateTimeOffset.UtcNow.AddMinutes(1))).Select(recording.SegmentPath)];
            }

            Assert.All(files, f => Assert.True(File.Exists(f), f));

            // the same site 31 days later (default retention 30 days), on a manual clock
            var later = new ManualTimeProvider(DateTimeOffset.UtcNow.AddDays(31));
            await using var vms = await ProductVms.StartAsync(0, data, later, new Dictionary<string, string?> { ["Vms:Retention:SweepInterval"] = "1.00:00:00" });
            var before = await vms.Api.GetFromJsonAsync<JsonElement>("api/v1/recordings/usage").WithTimeout();
            var segmentsBefore = before.GetProperty("segments").GetInt64();
            Assert.True(segmentsBefore >= files.Length, $"the index lists the recordings ({segmentsBefore})");

            using var sweep = await vms.Api.PostAsync("api/v1/retention/sweep", null).WithTimeout(TimeSpan.FromSeconds(60));
            Assert.True(sweep.IsSuccessStatusCode, await sweep.Content.ReadAsStringAsync());

            var after = await vms.Api.GetFromJsonAsync<JsonElement>("api/v1/recordings/usage").WithTimeout();
            Assert.Equal(0, after.GetProperty("segments").GetInt64());
            Assert.All(files, f => Assert.False(File.Exists(f), $"{f} is still on disk"));

            var journal = await vms.Api.GetFromJsonAsync<JsonElement>("api/v1/retention/journal?limit=1000").WithTimeout();
            var entries = journal.EnumerateArray().Where(e => e.GetProperty("camera").GetString() == "cam-01").ToArray();
            Assert.Equal(segmentsBefore, entries.Length);
            Assert.All(entries, e => Assert.True(e.GetProperty("end").GetDateTimeOffset() < later.GetUtcNow().AddDays(-30), "only recordings older than 30 days are removed"));
            var verify = await vms.Api.GetFromJsonAsync<JsonElement>("api/v1/retention/journal/verify").WithTimeout();
            Assert.True(verify.GetProperty("isIntact").GetBoolean(), verify.ToString());
            Assert.True(verify.GetProperty("entriesChecked").GetInt64() >= entries.Length);
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }
}
