using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Api.EventLog;
using ParentPartner.Reporting.Tests.Support;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders.Reporting;

namespace ParentPartner.Reporting.Tests;

/// <summary>Consent revoked: the family's profile leaves reporting's tables and its event log; counts and dates stay, through a rebuild too.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ConsentRevocationTests(Platform platform)
{
    private const string A = TestUsers.ProgramA;
    private readonly ReportingEventBus _bus = new(platform);
    private readonly Reports _reports = new(platform);

    [Fact]
    public async Task The_profile_is_erased_from_read_models_and_log_while_counts_and_dates_stay()
    {
        var w = TestPeriods.NextWindow();
        var (language, county, condition) = (Unique.Language(), Unique.County(), Unique.Condition());
        var referral = new ReferralEventsBuilder(A).From("Court").ReceivedAt(w.At(2)).Speaking(language).InCounty(county).WithConditions(condition);
        await _bus.PublishAndWaitAsync([referral.Received(), .. referral.BecameReady(w.At(3))]);
        Assert.NotNull(Reports.GapRow(await _reports.RosterGapsAsync(A, w), "language", language));
        var summaryBefore = (await _reports.SummaryAsync(A, w)).GetRawText();

        await _bus.PublishAndWaitAsync(referral.ConsentRevoked(w.At(5)));

        await AssertErasedAsync(referral.ReferralId, language, county, condition, w);
        Assert.Equal(summaryBefore, (await _reports.SummaryAsync(A, w)).GetRawText());

        await using (var scope = platform.Reporting.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReadModelRebuilder>().RebuildAsync(A, CancellationToken.None);
        }
        await AssertErasedAsync(referral.ReferralId, language, county, condition, w);
        Assert.Equal(summaryBefore, (await _reports.SummaryAsync(A, w)).GetRawText());
    }

    [Fact]
    public async Task A_profile_arriving_after_the_revocation_is_never_kept()
    {
        var w = TestPeriods.NextWindow();
        var (language, county, condition) = (Unique.Language(), Unique.County(), Unique.Condition());
        var referral = new ReferralEventsBuilder(A).From("Self").ReceivedAt(w.At(2)).Speaking(language).InCounty(county).WithConditions(condition);

        await _bus.PublishAndWaitAsync(referral.ConsentRevoked(w.At(4)));
        await _bus.PublishAndWaitAsync([referral.Received(), .. referral.BecameReady(w.At(3))]);

        await AssertErasedAsync(referral.ReferralId, language, county, condition, w);
        Assert.Equal(1, (await _reports.SummaryAsync(A, w)).GetProperty("referralsReceived").GetInt32());
    }

    private async Task AssertErasedAsync(Guid referralId, string language, string county, string condition, TestWindow w)
    {
        var gaps = await _reports.RosterGapsAsync(A, w);
        Assert.Null(Reports.GapRow(gaps, "language", language));
        Assert.Null(Reports.GapRow(gaps, "county", county));
        Assert.Null(Reports.GapRow(gaps, "condition-category", condition));

        await using var scope = platform.Reporting.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var row = await db.Referrals.SingleAsync(r => r.ProgramId == A && r.ReferralId == referralId);
        Assert.Empty(row.Languages);
        Assert.Null(row.County);
        Assert.Empty(row.ConditionCategories);
        Assert.NotNull(row.ProfileErasedAt);
        Assert.NotNull(row.ReceivedAt);
        Assert.NotNull(row.ReadyAt);
        var logged = await db.EventLog.Where(e => e.ReferralId == referralId).Select(e => e.Payload).ToListAsync();
        Assert.NotEmpty(logged);
        Assert.All(logged, payload =>
        {
            Assert.DoesNotContain(language, payload, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(county, payload, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(condition, payload, StringComparison.OrdinalIgnoreCase);
        });
    }
}
