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
/// The annual alliance report: the national figures with small-cell and complementary suppression, approval
/// through the outbox as revision 1, 2…, explicit zeros, and the hub's answer shown to the program admin.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class AnnualReportTests(Platform platform)
{
    private const string A = TestUsers.ProgramA;
    private readonly ReportingEventBus _bus = new(platform);
    private readonly Reports _reports = new(platform);

    private static DateTimeOffset Day(int year, int dayOfYear, double hour = 10) =>
        new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(dayOfYear - 1).AddHours(hour);

    [Fact]
    public async Task The_draft_suppresses_small_counts_and_the_outcome_that_would_give_one_away()
    {
        var year = TestPeriods.NextYear();
        var parents = Enumerable.Range(0, 12).Select(_ => new SupportParentEventsBuilder(A)).ToList();
        var events = new List<object>();
        events.AddRange(parents.Select((p, i) => p.Certified(Day(year, 1 + i))));
        events.AddRange(Enumerable.Range(0, 25).Select(i => new ReferralEventsBuilder(A).From("School").ReceivedAt(Day(year, 20 + i)).Received()));
        events.AddRange(Enumerable.Range(0, 5).Select(i => new ReferralEventsBuilder(A).InformationOnly(Day(year, 60 + i), "respite-care")));
        // 40 matches: 14 end with goals met, 3 with the family withdrawing, 12 reunified; 11 still active at year end.
        var reasons = Enumerable.Repeat("goals-met", 14).Concat(Enumerable.Repeat("family-withdrew", 3)).Concat(Enumerable.Repeat("reunified", 12)).ToList();
        for (var i = 0; i < 40; i++)
        {
            var match = new MatchEventsBuilder(A, Guid.NewGuid(), parents[i % 12].SupportParentId);
            events.Add(match.Made(Day(year, 100 + i), Day(year, 101 + i)));
            if (i < reasons.Count)
            {
                events.Add(match.Ended(Day(year, 200 + i), reasons[i]));
            }
        }
        await _bus.PublishAndWaitAsync([.. events]);

        var report = await _reports.AnnualReportAsync(A, year);
        var figures = report.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);

        Assert.Equal(ReportedFigure.Catalogue, figures.Keys);
        AssertFigure(figures, ReportedFigure.ReferralsReceived, 25, shown: 25);
        AssertFigure(figures, ReportedFigure.InformationRequests, 5, suppression: "primary");
        AssertFigure(figures, ReportedFigure.MatchesMade, 40, shown: 40);
        AssertFigure(figures, ReportedFigure.MatchesActiveAtYearEnd, 11, shown: 11);
        AssertFigure(figures, ReportedFigure.SupportParentsActive, 12, shown: 12);
        AssertFigure(figures, ReportedFigure.TrainingsCompleted, 0, shown: 0);
        AssertFigure(figures, ReportedFigure.OutcomeGoalsMet, 14, shown: 14);
        AssertFigure(figures, ReportedFigure.OutcomeFamilyWithdrew, 3, suppression: "primary");
        AssertFigure(figures, ReportedFigure.OutcomeReunified, 12, suppression: "complementary");
        AssertFigure(figures, ReportedFigure.OutcomeCaseClosed, 0, shown: 0);
        AssertFigure(figures, ReportedFigure.OutcomeOther, 0, shown: 0);

        var group = report.GetProperty("groups")[0];
        Assert.Equal(29, group.GetProperty("total").GetProperty("value").GetInt32());
        var shares = group.GetProperty("cells").EnumerateArray().Select(c => c.GetProperty("sharePercent")).ToList();
        Assert.Equal(48.3m, shares[0].GetDecimal());
        Assert.Equal(JsonValueKind.Null, shares[1].ValueKind);
        Assert.Equal(JsonValueKind.Null, shares[2].ValueKind);
        Assert.Equal(0, report.GetProperty("latestRevision").GetInt32());
    }

    [Fact]
    public async Task Approval_sends_revision_1_then_2_with_an_explicit_zero_and_the_hubs_answers_show()
    {
        var year = TestPeriods.NextYear();
        await ProgramSettings.PutAsync(platform, TestUsers.AdminA, A, stateCode: "NE");
        var parents = Enumerable.Range(0, 11).Select(_ => new SupportParentEventsBuilder(A)).ToList();
        var matches = Enumerable.Range(0, 12).Select(i => new MatchEventsBuilder(A, Guid.NewGuid(), parents[i % 11].SupportParentId)).ToList();
        await _bus.PublishAndWaitAsync([
            .. parents.Select((p, i) => p.Certified(Day(year, 1 + i))),
            .. matches.Select((m, i) => m.Made(Day(year, 30 + i), Day(year, 31 + i))),
        ]);
        await using var audit = await DeliveryAudit<AnnualReportSubmitted>.StartAsync(platform.Broker);
        using var admin = await platform.GatewayClientAsync(TestUsers.AdminA);

        await DraftAsync(admin, year);
        var first = await ApproveAsync(admin, year, "approve-" + Guid.NewGuid());
        Assert.Equal(1, first.GetProperty("revision").GetInt32());
        var replayKey = "approve-" + Guid.NewGuid();
        var secondDraft = await DraftAsync(admin, year);
        var second = await ApproveAsync(admin, year, replayKey, secondDraft.GetProperty("draftId").GetGuid());
        var replayed = await ApproveAsync(admin, year, replayKey, secondDraft.GetProperty("draftId").GetGuid());
        Assert.Equal(2, second.GetProperty("revision").GetInt32());
        // The same key again is the same approval, answered again: no third revision from it.
        Assert.Equal(second.GetProperty("submissionId").GetGuid(), replayed.GetProperty("submissionId").GetGuid());
        Assert.Equal(2, replayed.GetProperty("revision").GetInt32());

        // Every match ends within the year: active at year end drops from 12 to 0, which revision 3 must say.
        await _bus.PublishAndWaitAsync([.. matches.Select((m, i) => m.Ended(Day(year, 200 + i), "goals-met"))]);
        await DraftAsync(admin, year);
        var third = await ApproveAsync(admin, year, "approve-" + Guid.NewGuid());
        Assert.Equal(3, third.GetProperty("revision").GetInt32());

        var sent = await Eventually.UntilAsync(
            () => Task.FromResult(audit.Deliveries.Select(d => d.Message).Where(m => m.ProgramId == A && m.Year == year).ToList()),
            list => list.Select(m => m.Revision).Distinct().Count() == 3,
            what: "the outbox to publish three revisions");
        await Task.Delay(TimeSpan.FromSeconds(1));
        sent = [.. audit.Deliveries.Select(d => d.Message).Where(m => m.ProgramId == A && m.Year == year)];
        Assert.Equal([1, 2, 3], sent.Select(m => m.Revision).Order());
        Assert.Equal(3, sent.Select(m => m.SubmissionId).Distinct().Count());
        foreach (var message in sent)
        {
            Assert.Equal(("NE", "child-welfare", "Parent Partners of NE"), (message.StateCode, message.ProgramKind, message.ProgramName));
            Assert.Equal(ReportedFigure.Catalogue, message.Figures.Select(f => f.Name));
            Assert.DoesNotContain(message.Figures, f => f.Value is >= 1 and <= ReportedFigure.SmallCellLimit);
            Assert.All(message.Figures, f => Assert.Equal(f.Suppressed, f.Value is null));
        }
        var activeAtYearEnd = sent.ToDictionary(m => m.Revision, m => m.Figures.Single(f => f.Name == ReportedFigure.MatchesActiveAtYearEnd));
        Assert.Equal((12, false), (activeAtYearEnd[1].Value!.Value, activeAtYearEnd[1].Suppressed));
        Assert.Equal((0, false), (activeAtYearEnd[3].Value!.Value, activeAtYearEnd[3].Suppressed));
        var firstSent = sent.Single(m => m.Revision == 1);
        Assert.Equal(first.GetProperty("submissionId").GetGuid(), firstSent.SubmissionId);

        var answeredAt = platform.Clock.GetUtcNow().AddHours(1);
        await _bus.PublishAndWaitAsync(
            AnnualReportAnsweredBuilder.For(firstSent, AnnualReportAnswered.Returned, "Outcomes look incomplete.", answeredAt),
            AnnualReportAnsweredBuilder.For(sent.Single(m => m.Revision == 3), AnnualReportAnswered.Accepted, at: answeredAt));

        var report = await _reports.AnnualReportAsync(A, year);
        Assert.Equal(3, report.GetProperty("latestRevision").GetInt32());
        var submissions = report.GetProperty("submissions").EnumerateArray().ToList();
        Assert.Equal([3, 2, 1], submissions.Select(s => s.GetProperty("revision").GetInt32()));
        Assert.Equal("accepted", submissions[0].GetProperty("answer").GetProperty("decision").GetString());
        Assert.Equal(JsonValueKind.Null, submissions[1].GetProperty("answer").ValueKind);
        Assert.Equal("returned", submissions[2].GetProperty("answer").GetProperty("decision").GetString());
        Assert.Equal("Outcomes look incomplete.", submissions[2].GetProperty("answer").GetProperty("comment").GetString());
        var previous = report.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("name").GetString() == ReportedFigure.MatchesActiveAtYearEnd).GetProperty("previous");
        Assert.Equal(0, previous.GetProperty("value").GetInt32());

        await using var scope = platform.Reporting.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        Assert.Equal(3, await db.AnnualReportSubmissions.CountAsync(s => s.ProgramId == A && s.Year == year));
    }

    private static async Task<JsonElement> DraftAsync(HttpClient admin, int year, string programId = A)
    {
        using var response = await admin.PostAsync($"/api/reports/programs/{programId}/annual-reports/{year}/drafts", null);
        var body = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/reports/programs/{programId}/annual-reports/{year}/drafts/{body.GetProperty("draftId").GetGuid()}", response.Headers.Location?.OriginalString);
        return body;
    }

    private static async Task<JsonElement> ApproveAsync(HttpClient admin, int year, string idempotencyKey, Guid? draftId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/reports/programs/{A}/annual-reports/{year}/approval{(draftId is { } id ? $"?draftId={id}" : "")}");
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        using var response = await admin.SendAsync(request);
        var body = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/reports/programs/{A}/annual-reports/{year}", response.Headers.Location?.OriginalString);
        return body;
    }

    private static void AssertFigure(Dictionary<string, JsonElement> figures, string name, int count, int? shown = null, string? suppression = null)
    {
        var figure = figures[name];
        Assert.Equal(count, figure.GetProperty("count").GetInt32());
        if (shown is { } value)
        {
            Assert.Equal((value, false), (figure.GetProperty("value").GetInt32(), figure.GetProperty("suppressed").GetBoolean()));
        }
        else
        {
            Assert.Equal(JsonValueKind.Null, figure.GetProperty("value").ValueKind);
            Assert.True(figure.GetProperty("suppressed").GetBoolean());
            Assert.Equal(suppression, figure.GetProperty("suppression").GetString());
        }
    }
}
