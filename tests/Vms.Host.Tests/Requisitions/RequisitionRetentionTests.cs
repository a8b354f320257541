using Microsoft.Extensions.Logging.Abstractions;
using Vms.Host.Requisitions;
using Vms.Host.Security;
using Vms.Host.Tests.Exports;
using Vms.Host.Tests.Security;
using Vms.Storage.Retention;

namespace Vms.Host.Tests.Requisitions;

public sealed class RequisitionRetentionTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);
    private SecurityHarness _h = null!;

    private RequisitionService Requisitions => (RequisitionService)_h.Services.GetService(typeof(RequisitionService))!;

    public async Task InitializeAsync()
    {
        _h = await SecurityHarness.CreateAsync(T0.AddDays(40));
        await RecordedCamera.RecordAsync(_h, "cam1", T0);
        await _h.AddUserAsync("ines", "investigator-1", BuiltInRoles.Investigator);
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private RetentionSweeper Sweeper() =>
        new(_h.Index, _h.Files, new RetentionExecutor(_h.Index, _h.Files, NullLogger<RetentionExecutor>.Instance), _h.Clock, NullLogger<RetentionSweeper>.Instance);

    [Fact]
    public async Task Sweep_WhileARequisitionIsOpen_CannotDeleteItsRange_AndCanAfterItCloses()
    {
        var draft = new RequisitionDraft("PV-42", "Parquet de Lyon", new DateOnly(2026, 3, 10), ["cam1"], T0.AddSeconds(3), T0.AddSeconds(5), ["ines"], T0.AddDays(60));
        var opened = await Requisitions.OpenAsync(draft, "admin", null, CancellationToken.None);
        var policies = new RetentionPolicies { DefaultMaxAge = TimeSpan.FromDays(30) };

        await Sweeper().SweepAsync(policies, CancellationToken.None);

        var left = await _h.Index.FindAsync("cam1", "main", T0, T0.AddSeconds(10), CancellationToken.None);
        Assert.Equal([T0.AddSeconds(2), T0.AddSeconds(4)], left.Select(s => s.Segment.StartUtc));
        Assert.All(left, s => Assert.True(File.Exists(_h.Files.FullPath(SecurityHarness.Root, s.Segment.RelativePath))));
        var hold = Assert.Single(await _h.Index.GetHoldsAsync(includeReleased: false, CancellationToken.None));
        Assert.Equal((opened.HoldIds[0], "PV-42"), (hold.Id, hold.Reference));

        await Requisitions.CloseAsync("PV-42", "admin", null, CancellationToken.None);
        Assert.Empty(await _h.Index.GetHoldsAsync(includeReleased: false, CancellationToken.None));
        await Sweeper().SweepAsync(policies, CancellationToken.None);
        Assert.Empty(await _h.Index.FindAsync("cam1", "main", T0, T0.AddSeconds(10), CancellationToken.None));
        var journal = await _h.Index.ReadJournalAsync(0, 100, CancellationToken.None);
        Assert.Contains(journal, j => j.Kind == JournalKind.HoldPlaced && j.Reference.Contains("PV-42", StringComparison.Ordinal) && j.CameraId == "cam1");
        Assert.Contains(journal, j => j.Kind == JournalKind.HoldReleased);
    }

    [Fact]
    public async Task SubjectRequest_AfterRetention_ListsDestroyedRangesWithAVerifiedChain()
    {
        var subjects = (SubjectRequestService)_h.Services.GetService(typeof(SubjectRequestService))!;
        var before = await subjects.AnswerAsync(["cam1"], T0, T0.AddMinutes(1), "dpo", null, CancellationToken.None);
        Assert.Equal(new SubjectSpan("main", T0, T0.AddSeconds(10), 5), Assert.Single(Assert.Single(before.Results).Recorded));

        await Sweeper().SweepAsync(new RetentionPolicies { DefaultMaxAge = TimeSpan.FromDays(30) }, CancellationToken.None);
        var report = await subjects.AnswerAsync(["cam1", "cam9"], T0, T0.AddMinutes(1), "dpo", null, CancellationToken.None);

        Assert.True(report.Journal.Intact);
        var cam1 = report.Results[0];
        Assert.Empty(cam1.Recorded);
        Assert.Equal(5, cam1.Destroyed.Count);
        Assert.Equal(T0, cam1.Destroyed[0].Start);
        Assert.Equal(T0.AddSeconds(10), cam1.Destroyed[^1].End);
        Assert.All(cam1.Destroyed, d => Assert.Equal("age", d.Kind));
        Assert.Empty(report.Results[1].Destroyed);
        var text = report.ToText();
        Assert.Contains("Recordings destroyed (journal entries):", text, StringComparison.Ordinal);
        Assert.Contains("Destruction journal: intact", text, StringComparison.Ordinal);
        Assert.Contains("<pre>", report.ToHtml(), StringComparison.Ordinal);
    }
}
