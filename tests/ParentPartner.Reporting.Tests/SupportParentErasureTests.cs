using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Api.EventLog;
using ParentPartner.Reporting.Tests.Support;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders.Reporting;

namespace ParentPartner.Reporting.Tests;

/// <summary>A support parent withdrew: their profile leaves reporting's read model and event log; the counts stay, through a rebuild too.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SupportParentErasureTests(Platform platform)
{
    private const string A = TestUsers.ProgramA;
    private readonly ReportingEventBus _bus = new(platform);
    private readonly Reports _reports = new(platform);

    [Fact]
    public async Task A_withdrawn_support_parents_profile_is_erased_from_read_model_and_log_while_counts_stay()
    {
        var w = TestPeriods.NextWindow();
        var (language, county, condition) = (Unique.Language(), Unique.County(), Unique.Condition());
        var parent = new SupportParentEventsBuilder(A).Speaking(language).InCounty(county).WithConditions(condition);
        await _bus.PublishAndWaitAsync([parent.Certified(w.At(2)), parent.ProfileChanged(w.At(3))]);
        await _bus.PublishAndWaitAsync(parent.Withdrawn(w.At(5)));
        var summaryBefore = (await _reports.SummaryAsync(A, w)).GetRawText();
        Assert.Contains("\"supportParentsNewlyCertified\":", summaryBefore);

        await AssertErasedAsync(parent.SupportParentId, language, county, condition);

        await using (var scope = platform.Reporting.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReadModelRebuilder>().RebuildAsync(A, CancellationToken.None);
        }
        await AssertErasedAsync(parent.SupportParentId, language, county, condition);
        Assert.Equal(summaryBefore, (await _reports.SummaryAsync(A, w)).GetRawText());

        // A profile redelivered after the withdrawal is counted but never kept.
        await _bus.PublishAndWaitAsync(parent.ProfileChanged(w.At(6)));
        await AssertErasedAsync(parent.SupportParentId, language, county, condition);
    }

    private async Task AssertErasedAsync(Guid supportParentId, string language, string county, string condition)
    {
        await using var scope = platform.Reporting.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var row = await db.SupportParents.SingleAsync(p => p.ProgramId == A && p.SupportParentId == supportParentId);
        Assert.Empty(row.Languages);
        Assert.Null(row.County);
        Assert.Empty(row.ConditionCategories);
        Assert.NotNull(row.FirstCertifiedAt);
        Assert.NotNull(row.WithdrawnAt);
        var id = supportParentId.ToString();
        var logged = await db.EventLog.Where(e => e.ProgramId == A).Select(e => e.Payload).ToListAsync();
        var own = logged.Where(p => p.Contains(id)).ToList();
        Assert.True(own.Count >= 3, $"{own.Count} logged events of the support parent");
        Assert.All(own, payload =>
        {
            Assert.DoesNotContain(language, payload, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(county, payload, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(condition, payload, StringComparison.OrdinalIgnoreCase);
        });
    }
}
