using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParentPartner.Contracts.Alliance;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Tests.Support;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders.Reporting;

namespace ParentPartner.Reporting.Tests;

/// <summary>
/// The explicit annual draft: the year's figures as of its end in the program's time zone, frozen for the admin to
/// review, the information-request tally beside the information-only referrals, and approval sending exactly the
/// draft reviewed.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class AnnualDraftTests(Platform platform)
{
    private const string A = TestUsers.ProgramA;
    private const string B = TestUsers.ProgramB;
    private readonly ReportingEventBus _bus = new(platform);
    private readonly Reports _reports = new(platform);

    private static DateTimeOffset Utc(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_draft_is_frozen_as_of_the_years_end_in_chicago_shows_the_tally_and_approval_sends_exactly_it()
    {
        var year = TestPeriods.NextYear();
        // The year before is this test's too: an event on its last evening (in Chicago) must stay out of this year.
        Assert.Equal(year - 1, TestPeriods.NextYear());
        await ProgramSettings.PutAsync(platform, TestUsers.AdminA, A, timeZone: "America/Chicago");
        var events = new List<object>();
        events.AddRange(Enumerable.Range(0, 12).Select(i => new ReferralEventsBuilder(A).ReceivedAt(Utc(year, 3, 1 + i, 15)).Received()));
        // 31 December 23:00 in Chicago is 1 January 05:00 UTC: this year's. 1 January 03:00 UTC is still last year there.
        events.Add(new ReferralEventsBuilder(A).ReceivedAt(Utc(year + 1, 1, 1, 5)).Received());
        events.Add(new ReferralEventsBuilder(A).ReceivedAt(Utc(year, 1, 1, 3)).Received());
        events.AddRange(Enumerable.Range(0, 3).Select(i => new ReferralEventsBuilder(A).InformationOnly(Utc(year, 5, 1 + i, 15), "respite-care")));
        events.Add(new ReferralEventsBuilder(A).InformationOnly(Utc(year + 1, 1, 1, 5), "respite-care"));
        events.AddRange(Enumerable.Range(0, 5).Select(i => OutcomeEventsBuilder.Inquiry(A, new DateOnly(year, 6, 1 + i), "phone", ["support-groups"])));
        events.AddRange(Enumerable.Range(0, 3).Select(i => OutcomeEventsBuilder.Inquiry(A, new DateOnly(year, 7, 1 + i), "web", ["diagnosis-resources"], language: "es", resourcesSent: false)));
        events.Add(OutcomeEventsBuilder.Inquiry(A, new DateOnly(year, 12, 31), "walk-in", ["support-groups", "respite-care"], county: null, language: null));
        events.Add(OutcomeEventsBuilder.Inquiry(A, new DateOnly(year - 1, 12, 31), "event"));
        await _bus.PublishAndWaitAsync([.. events]);
        using var admin = await platform.GatewayClientAsync(TestUsers.AdminA);

        var draft = await DraftAsync(admin, A, year);

        Assert.Equal(("America/Chicago", Utc(year, 1, 1, 6), Utc(year + 1, 1, 1, 6)),
            (draft.GetProperty("timeZone").GetString(), draft.GetProperty("periodStart").GetDateTimeOffset(), draft.GetProperty("periodEnd").GetDateTimeOffset()));
        Assert.Equal(JsonValueKind.Null, draft.GetProperty("approvedRevision").ValueKind);
        var figures = Figures(draft);
        Assert.Equal(ReportedFigure.Catalogue, figures.Keys);
        Assert.Equal((13, 13), (figures[ReportedFigure.ReferralsReceived].GetProperty("count").GetInt32(), figures[ReportedFigure.ReferralsReceived].GetProperty("value").GetInt32()));
        // One national figure: 4 information-only referrals and 9 answered inquiries.
        Assert.Equal((13, 13), (figures[ReportedFigure.InformationRequests].GetProperty("count").GetInt32(), figures[ReportedFigure.InformationRequests].GetProperty("value").GetInt32()));
        var details = draft.GetProperty("details");
        Assert.Equal((13, 4), (details.GetProperty("informationRequests").GetInt32(), details.GetProperty("informationOnlyReferrals").GetInt32()));
        var tally = details.GetProperty("inquiries");
        Assert.Equal((9, 6), (tally.GetProperty("total").GetInt32(), tally.GetProperty("resourcesSent").GetInt32()));
        Assert.Equal((5, 3, 1, 0), (Reports.Count(tally.GetProperty("byChannel"), "phone"), Reports.Count(tally.GetProperty("byChannel"), "web"),
            Reports.Count(tally.GetProperty("byChannel"), "walk-in"), Reports.Count(tally.GetProperty("byChannel"), "event")));
        Assert.Equal((6, 3, 1), (Reports.Count(tally.GetProperty("byTopic"), "support-groups"), Reports.Count(tally.GetProperty("byTopic"), "diagnosis-resources"),
            Reports.Count(tally.GetProperty("byTopic"), "respite-care")));
        Assert.Equal((5, 3), (Reports.Count(tally.GetProperty("byLanguage"), "en"), Reports.Count(tally.GetProperty("byLanguage"), "es")));

        // Answered late, recorded after the draft: the preview moves, the draft under review does not.
        await _bus.PublishAndWaitAsync(OutcomeEventsBuilder.Inquiry(A, new DateOnly(year, 8, 1)));
        var report = await _reports.AnnualReportAsync(A, year);
        Assert.Equal(14, Figures(report)[ReportedFigure.InformationRequests].GetProperty("count").GetInt32());
        Assert.Equal(13, Figures(report.GetProperty("draft"))[ReportedFigure.InformationRequests].GetProperty("count").GetInt32());
        Assert.Equal(draft.GetProperty("draftId").GetGuid(), report.GetProperty("draft").GetProperty("draftId").GetGuid());
        Assert.True(report.GetProperty("canApprove").GetBoolean());

        var first = await ApproveAsync(admin, year, draft.GetProperty("draftId").GetGuid(), HttpStatusCode.Created);
        Assert.Equal(1, first.GetProperty("revision").GetInt32());
        Assert.Equal(13, first.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("name").GetString() == ReportedFigure.InformationRequests).GetProperty("value").GetInt32());

        var stored = await StoredAsync(A);
        var again = await ApproveAsync(admin, year, draft.GetProperty("draftId").GetGuid(), HttpStatusCode.Conflict);
        Assert.Contains("already approved as revision 1", again.GetProperty("detail").GetString());
        Assert.Equal(stored, await StoredAsync(A));
        var afterApproval = await _reports.AnnualReportAsync(A, year);
        Assert.Equal(1, afterApproval.GetProperty("draft").GetProperty("approvedRevision").GetInt32());
        Assert.False(afterApproval.GetProperty("canApprove").GetBoolean());

        var second = await DraftAsync(admin, A, year);
        Assert.Equal(14, Figures(second)[ReportedFigure.InformationRequests].GetProperty("count").GetInt32());
        Assert.Equal(13, Figures(second)[ReportedFigure.InformationRequests].GetProperty("previous").GetProperty("value").GetInt32());
        stored = await StoredAsync(A);
        var stale = await ApproveAsync(admin, year, draft.GetProperty("draftId").GetGuid(), HttpStatusCode.Conflict);
        Assert.Contains("not the latest draft", stale.GetProperty("detail").GetString());
        Assert.Equal(stored, await StoredAsync(A));
        var revision2 = await ApproveAsync(admin, year, null, HttpStatusCode.Created);
        Assert.Equal(2, revision2.GetProperty("revision").GetInt32());
        Assert.Equal(14, revision2.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("name").GetString() == ReportedFigure.InformationRequests).GetProperty("value").GetInt32());
    }

    [Fact]
    public async Task A_draft_needs_a_time_zone_says_whether_its_year_has_ended_and_approval_needs_a_draft()
    {
        var year = TestPeriods.NextYear();
        using var admin = await platform.GatewayClientAsync(TestUsers.AdminB);
        await ProgramSettings.PutAsync(platform, TestUsers.AdminB, B, timeZone: null);
        var before = await StoredAsync(B);

        using var noZone = await admin.PostAsync($"/api/reports/programs/{B}/annual-reports/{year}/drafts", null);
        Assert.Contains("time zone", (await noZone.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
        using var noDraft = await admin.PostAsync($"/api/reports/programs/{B}/annual-reports/{year}/approval", null);
        Assert.Contains("no draft", (await noDraft.AssertProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());

        await ProgramSettings.PutAsync(platform, TestUsers.AdminB, B, timeZone: "Pacific/Honolulu");
        // A year still running there: a draft as of now, which says so; a finished year's says it is final.
        var thisYear = platform.Clock.GetUtcNow().Year;
        using (var running = await admin.PostAsync($"/api/reports/programs/{B}/annual-reports/{thisYear}/drafts", null))
        {
            Assert.False((await running.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("yearEnded").GetBoolean());
        }
        using (var ended = await admin.PostAsync($"/api/reports/programs/{B}/annual-reports/{year}/drafts", null))
        {
            var draft = await ended.ReadJsonAsync(HttpStatusCode.Created);
            Assert.True(draft.GetProperty("yearEnded").GetBoolean());
            Assert.Equal(new DateTimeOffset(year + 1, 1, 1, 10, 0, 0, TimeSpan.Zero), draft.GetProperty("periodEnd").GetDateTimeOffset());
        }
        before = await StoredAsync(B);
        using var badDraftId = await admin.PostAsync($"/api/reports/programs/{B}/annual-reports/{year}/approval?draftId=not-a-guid", null);
        await badDraftId.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(before, await StoredAsync(B));

        // A coordinator reads reports but neither draws up nor approves the alliance's.
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorB);
        using var forbidden = await coordinator.PostAsync($"/api/reports/programs/{B}/annual-reports/{year}/drafts", null);
        await forbidden.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(before, await StoredAsync(B));
    }

    [Fact]
    public async Task The_drafts_outcomes_count_re_entries_within_12_and_24_months_of_the_years_reunifications_as_recorded()
    {
        var year = TestPeriods.NextYear();
        await ProgramSettings.PutAsync(platform, TestUsers.AdminA, A, timeZone: "America/Chicago");
        var families = Enumerable.Range(0, 4).Select(_ => new MatchEventsBuilder(A, Guid.NewGuid(), Guid.NewGuid())).ToList();
        var referralIds = families.Select(f => f.ReferralId).ToList();
        var events = new List<object>();
        foreach (var (match, i) in families.Select((m, i) => (m, i)))
        {
            events.Add(match.Made(Utc(year, 2, 1 + i, 15), Utc(year, 2, 2 + i, 15)));
            // The obsolete flag says "re-entered" for every one of them: it is not what counts.
            events.Add(match.Ended(Utc(year, 4, 1 + i, 15), "reunified", reEntryWithin12Months: true));
        }
        var reunifiedOn = Enumerable.Range(0, 4).Select(i => new DateOnly(year, 4, 1 + i)).ToList();
        events.Add(OutcomeEventsBuilder.ReEntry(A, referralIds[0], reunifiedOn[0].AddMonths(8), Utc(year, 12, 5, 15), families[0].MatchId));
        events.Add(OutcomeEventsBuilder.ReEntry(A, referralIds[1], reunifiedOn[1].AddMonths(18), Utc(year + 1, 10, 5, 15)));
        // A re-entry that names another match of the family is not this reunification's.
        events.Add(OutcomeEventsBuilder.ReEntry(A, referralIds[2], reunifiedOn[2].AddMonths(2), Utc(year, 6, 5, 15), Guid.NewGuid()));
        await _bus.PublishAndWaitAsync([.. events]);
        using var admin = await platform.GatewayClientAsync(TestUsers.AdminA);

        var outcomes = (await DraftAsync(admin, A, year)).GetProperty("details").GetProperty("outcomes");

        Assert.Equal((4, 1, 2), (outcomes.GetProperty("reunified").GetInt32(), outcomes.GetProperty("reEntryWithin12Months").GetInt32(), outcomes.GetProperty("reEntryWithin24Months").GetInt32()));
        // Years ago: every family's 12 and 24 months have passed, so every outcome is settled.
        Assert.Equal((4, 4), (outcomes.GetProperty("followedFor12Months").GetInt32(), outcomes.GetProperty("followedFor24Months").GetInt32()));
        var figures = Figures(await DraftAsync(admin, A, year));
        Assert.Equal(4, figures["outcome-reunified"].GetProperty("count").GetInt32());
    }

    private static Dictionary<string, JsonElement> Figures(JsonElement report) =>
        report.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.Clone());

    private static async Task<JsonElement> DraftAsync(HttpClient admin, string programId, int year)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/reports/programs/{programId}/annual-reports/{year}/drafts");
        request.Headers.Add("Idempotency-Key", "draft-" + Guid.NewGuid());
        using var response = await admin.SendAsync(request);
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    private static async Task<JsonElement> ApproveAsync(HttpClient admin, int year, Guid? draftId, HttpStatusCode expected)
    {
        using var response = await admin.PostAsync($"/api/reports/programs/{A}/annual-reports/{year}/approval{(draftId is { } id ? $"?draftId={id}" : "")}", null);
        return expected == HttpStatusCode.Created ? await response.ReadJsonAsync(expected) : await response.AssertProblemAsync(expected);
    }

    private async Task<string> StoredAsync(string programId)
    {
        await using var scope = platform.Reporting.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        return string.Join(";",
            await db.AnnualReportDrafts.CountAsync(d => d.ProgramId == programId),
            await db.AnnualReportDrafts.CountAsync(d => d.ProgramId == programId && d.SubmissionId != null),
            await db.AnnualReportSubmissions.CountAsync(s => s.ProgramId == programId),
            await db.OutboxMessages.CountAsync());
    }
}
