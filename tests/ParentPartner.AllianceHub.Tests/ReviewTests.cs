using System.Net;
using System.Net.Http.Json;
using ParentPartner.AllianceHub.Api.Domain;
using ParentPartner.Contracts.Alliance;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders.Alliance;

namespace ParentPartner.AllianceHub.Tests;

/// <summary>An analyst accepts or returns reports through the gateway; the answer goes back to the state; revisions replace.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ReviewTests(Platform platform) : IAsyncLifetime
{
    private StateBus _state = null!;

    private HubProbe Hub => new(platform.AllianceHub);

    public async Task InitializeAsync() => _state = await StateBus.StartAsync(platform.Broker.AmqpUri);

    public async Task DisposeAsync() => await _state.DisposeAsync();

    [Fact]
    public async Task Accepting_a_report_counts_it_nationally_and_tells_the_state_once()
    {
        var year = TestYears.Next();
        var report = new AnnualReportSubmittedBuilder("IA", Programs.NewId("ia")).ForYear(year).Build();
        await _state.SubmitAsync(report);
        var stored = await Hub.ArrivedAsync(report.SubmissionId);
        using var analyst = await platform.GatewayClientAsync(TestUsers.Analyst);

        var decided = await HubProbe.DecideAsync(analyst, stored.Id, "accepted");

        Assert.Equal("accepted", decided.GetProperty("status").GetString());
        Assert.Equal(JsonValueKindNull, decided.GetProperty("comment").ValueKind);
        var totals = await HubProbe.GetJsonAsync(analyst, $"/api/alliance/national/{year}");
        Assert.Equal(1, totals.GetProperty("programsReporting").GetInt32());
        Assert.Equal(1, totals.GetProperty("statesReporting").GetInt32());
        Assert.Equal((120, "published", 0), HubProbe.Cell(totals.GetProperty("figures"), "matches-made"));

        var answer = await AnswerAsync(report.SubmissionId);
        Assert.Equal(AnnualReportAnswered.Accepted, answer.Decision);
        Assert.Equal(("IA", report.ProgramId, year, 1), (answer.StateCode, answer.ProgramId, answer.Year, answer.Revision));

        var again = await HubProbe.DecideAsync(analyst, stored.Id, "returned", "second thoughts", HttpStatusCode.Conflict);
        Assert.Contains("already accepted", again.GetProperty("detail").GetString());
        await Task.Delay(500);
        Assert.Single(_state.DistinctAnswers(), a => a.SubmissionId == report.SubmissionId);
    }

    [Fact]
    public async Task Returning_a_report_needs_a_comment_which_reaches_the_state_and_the_report_stays_out_of_the_figures()
    {
        var year = TestYears.Next();
        var report = new AnnualReportSubmittedBuilder("NE", Programs.NewId("ne")).ForYear(year).Build();
        await _state.SubmitAsync(report);
        var stored = await Hub.ArrivedAsync(report.SubmissionId);
        using var analyst = await platform.GatewayClientAsync(TestUsers.Analyst);

        var missing = await HubProbe.DecideAsync(analyst, stored.Id, "returned", "  ", HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("comment", out _));
        Assert.Equal(SubmissionStatus.Pending, (await Hub.ArrivedAsync(report.SubmissionId)).Status);

        var decided = await HubProbe.DecideAsync(analyst, stored.Id, "returned", "Matches made look doubled against 2023; please check.");
        Assert.Equal("returned", decided.GetProperty("status").GetString());

        var answer = await AnswerAsync(report.SubmissionId);
        Assert.Equal(AnnualReportAnswered.Returned, answer.Decision);
        Assert.Equal("Matches made look doubled against 2023; please check.", answer.Comment);
        var totals = await HubProbe.GetJsonAsync(analyst, $"/api/alliance/national/{year}");
        Assert.Equal(0, totals.GetProperty("programsReporting").GetInt32());
        var returned = await HubProbe.GetJsonAsync(analyst, $"/api/alliance/submissions?status=returned&state=ne&year={year}");
        Assert.Equal(stored.Id, Assert.Single(returned.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_later_revision_replaces_the_earlier_one_only_once_accepted()
    {
        var year = TestYears.Next();
        var builder = new AnnualReportSubmittedBuilder("VT", Programs.NewId("vt")).ForYear(year);
        var first = builder.Build();
        var second = builder.AsRevision(2).WithCount(ReportedFigure.MatchesMade, 150).Build();
        using var analyst = await platform.GatewayClientAsync(TestUsers.Analyst);

        await _state.SubmitAsync(first);
        await HubProbe.DecideAsync(analyst, (await Hub.ArrivedAsync(first.SubmissionId)).Id, "accepted");
        await _state.SubmitAsync(second);
        var revision2 = await Hub.ArrivedAsync(second.SubmissionId);

        // Pending revision 2 is not published: revision 1 still stands.
        var before = await HubProbe.GetJsonAsync(analyst, $"/api/alliance/national/{year}");
        Assert.Equal((120, "published", 0), HubProbe.Cell(before.GetProperty("figures"), "matches-made"));
        var listed = await HubProbe.GetJsonAsync(analyst, $"/api/alliance/submissions?state=VT&year={year}");
        Assert.All(listed.GetProperty("items").EnumerateArray(), item => Assert.Equal(2, item.GetProperty("latestRevision").GetInt32()));

        await HubProbe.DecideAsync(analyst, revision2.Id, "accepted");
        var record = await Hub.PublishedAsync(year, "VT", second.ProgramId);
        Assert.Equal(ReportedFigure.Catalogue.Count, record.Count);
        Assert.All(record, f => Assert.Equal((2, revision2.Id), (f.Revision, f.SubmissionId)));
        var after = await HubProbe.GetJsonAsync(analyst, $"/api/alliance/national/{year}");
        Assert.Equal(1, after.GetProperty("programsReporting").GetInt32());
        Assert.Equal((150, "published", 0), HubProbe.Cell(after.GetProperty("figures"), "matches-made"));
        Assert.Equal((240, "published", 0), HubProbe.Cell(after.GetProperty("figures"), "referrals-received"));
    }

    [Fact]
    public async Task An_earlier_revision_arriving_after_a_later_one_cannot_be_accepted()
    {
        var year = TestYears.Next();
        var builder = new AnnualReportSubmittedBuilder("ME", Programs.NewId("me")).ForYear(year);
        var first = builder.Build();
        var second = builder.AsRevision(2).WithCount(ReportedFigure.MatchesMade, 133).Build();
        using var analyst = await platform.GatewayClientAsync(TestUsers.Analyst);

        await _state.SubmitAsync(second);
        var revision2 = await Hub.ArrivedAsync(second.SubmissionId);
        await _state.SubmitAsync(first);
        var revision1 = await Hub.ArrivedAsync(first.SubmissionId);

        var refused = await HubProbe.DecideAsync(analyst, revision1.Id, "accepted", expected: HttpStatusCode.Conflict);
        Assert.Contains("Revision 2", refused.GetProperty("detail").GetString());
        Assert.Equal(SubmissionStatus.Pending, (await Hub.ArrivedAsync(first.SubmissionId)).Status);
        await HubProbe.DecideAsync(analyst, revision1.Id, "returned", "Superseded by revision 2.");
        await HubProbe.DecideAsync(analyst, revision2.Id, "accepted");

        var totals = await HubProbe.GetJsonAsync(analyst, $"/api/alliance/national/{year}");
        Assert.Equal((133, "published", 0), HubProbe.Cell(totals.GetProperty("figures"), "matches-made"));
    }

    [Fact]
    public async Task Two_analysts_deciding_the_same_report_at_once_get_one_decision_and_one_conflict()
    {
        var year = TestYears.Next();
        var report = new AnnualReportSubmittedBuilder("OK", Programs.NewId("ok")).ForYear(year).Build();
        await _state.SubmitAsync(report);
        var stored = await Hub.ArrivedAsync(report.SubmissionId);
        using var first = await platform.GatewayClientAsync(TestUsers.Analyst);
        using var second = await platform.GatewayClientAsync(TestUsers.Analyst);
        var outbox = await Hub.OutboxCountAsync();

        var responses = await Task.WhenAll(
            first.PostAsJsonAsync($"/api/alliance/submissions/{stored.Id}/decision", new { decision = "accepted" }),
            second.PostAsJsonAsync($"/api/alliance/submissions/{stored.Id}/decision", new { decision = "returned", comment = "Too many outcomes." }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var winner = responses.Single(r => r.StatusCode == HttpStatusCode.OK);
        var status = (await winner.ReadJsonAsync()).GetProperty("status").GetString();
        Assert.Equal(status, (await Hub.ArrivedAsync(report.SubmissionId)).Status.ToString().ToLowerInvariant());
        Assert.Equal(outbox + 1, await Hub.OutboxCountAsync());
        Assert.Equal(status == "accepted" ? ReportedFigure.Catalogue.Count : 0, (await Hub.PublishedAsync(year, "OK", report.ProgramId)).Count);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task A_decision_retried_with_its_idempotency_key_is_answered_again_without_a_second_answer()
    {
        var report = new AnnualReportSubmittedBuilder("NH", Programs.NewId("nh")).ForYear(2013).Build();
        await _state.SubmitAsync(report);
        var stored = await Hub.ArrivedAsync(report.SubmissionId);
        using var analyst = await platform.GatewayClientAsync(TestUsers.Analyst);
        var outbox = await Hub.OutboxCountAsync();

        HttpResponseMessage[] responses = new HttpResponseMessage[2];
        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/alliance/submissions/{stored.Id}/decision")
            {
                Content = JsonContent.Create(new { decision = "returned", comment = "Please add the 2013 trainings." }),
            };
            request.Headers.Add("Idempotency-Key", $"decide-{stored.Id}");
            responses[i] = await analyst.SendAsync(request);
        }

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.True(responses[1].Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(outbox + 1, await Hub.OutboxCountAsync());
        Assert.Equal(AnnualReportAnswered.Returned, (await AnswerAsync(report.SubmissionId)).Decision);
    }

    [Fact]
    public async Task The_review_list_pages_newest_first_and_filters()
    {
        var year = TestYears.Next();
        var reports = new List<AnnualReportSubmitted>();
        for (var i = 0; i < 3; i++)
        {
            var report = new AnnualReportSubmittedBuilder("RI", Programs.NewId($"ri{i}")).ForYear(year).Build();
            await _state.SubmitAsync(report);
            await Hub.ArrivedAsync(report.SubmissionId);
            reports.Add(report);
        }
        using var analyst = await platform.GatewayClientAsync(TestUsers.Analyst);

        var page1 = await HubProbe.GetJsonAsync(analyst, $"/api/alliance/submissions?state=RI&year={year}&pageSize=2");
        var cursor = page1.GetProperty("nextCursor").GetString();
        var page2 = await HubProbe.GetJsonAsync(analyst, $"/api/alliance/submissions?state=RI&year={year}&pageSize=2&cursor={Uri.EscapeDataString(cursor!)}");

        var seen = page1.GetProperty("items").EnumerateArray().Concat(page2.GetProperty("items").EnumerateArray())
            .Select(i => i.GetProperty("submissionId").GetGuid()).ToList();
        Assert.Equal(reports.Select(r => r.SubmissionId).Reverse(), seen);
        Assert.Equal(JsonValueKindNull, page2.GetProperty("nextCursor").ValueKind);

        var accepted = await HubProbe.GetJsonAsync(analyst, $"/api/alliance/submissions?state=RI&year={year}&status=accepted");
        Assert.Empty(accepted.GetProperty("items").EnumerateArray());
        var pending = await HubProbe.GetJsonAsync(analyst, $"/api/alliance/submissions?state=RI&year={year}&status=pending");
        Assert.Equal(3, pending.GetProperty("items").GetArrayLength());
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    private async Task<AnnualReportAnswered> AnswerAsync(Guid submissionId)
    {
        var answers = await Eventually.UntilAsync(
            () => Task.FromResult(_state.DistinctAnswers().Where(a => a.SubmissionId == submissionId).ToList()),
            list => list.Count > 0, what: $"the answer to {submissionId}");
        return Assert.Single(answers);
    }
}
