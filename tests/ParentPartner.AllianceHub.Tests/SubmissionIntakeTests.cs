using System.Net;
using MassTransit;
using ParentPartner.AllianceHub.Api.Domain;
using ParentPartner.Contracts.Alliance;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders.Alliance;

namespace ParentPartner.AllianceHub.Tests;

/// <summary>Reports arriving at the hub: stored once whatever the broker does, checked, rejected ones returned at once.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SubmissionIntakeTests(Platform platform) : IAsyncLifetime
{
    private StateBus _state = null!;

    private HubProbe Hub => new(platform.AllianceHub);

    public async Task InitializeAsync() => _state = await StateBus.StartAsync(platform.Broker.AmqpUri);

    public async Task DisposeAsync() => await _state.DisposeAsync();

    [Fact]
    public async Task A_valid_report_is_stored_pending_and_is_not_counted_before_review()
    {
        var year = TestYears.Next();
        var report = new AnnualReportSubmittedBuilder("IA", Programs.NewId("ia")).ForYear(year).Build();

        await _state.SubmitAsync(report);
        var stored = await Hub.ArrivedAsync(report.SubmissionId);

        Assert.Equal(SubmissionStatus.Pending, stored.Status);
        Assert.Equal(("IA", report.ProgramId, year, 1), (stored.StateCode, stored.ProgramId, stored.Year, stored.Revision));
        Assert.Equal(ReportedFigure.Catalogue.Order(), stored.Figures.Select(f => f.Name).Order());
        Assert.Empty(stored.Problems);

        using var analyst = await platform.GatewayClientAsync(TestUsers.Analyst);
        var detail = await HubProbe.GetJsonAsync(analyst, $"/api/alliance/submissions/{stored.Id}");
        Assert.Equal("pending", detail.GetProperty("status").GetString());
        Assert.Equal(report.SubmissionId, detail.GetProperty("submissionId").GetGuid());
        Assert.Equal(1, detail.GetProperty("latestRevision").GetInt32());
        var matches = detail.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "matches-made");
        Assert.Equal(120, matches.GetProperty("value").GetInt32());
        Assert.False(matches.GetProperty("suppressed").GetBoolean());

        var totals = await HubProbe.GetJsonAsync(analyst, $"/api/alliance/national/{year}");
        Assert.Equal(0, totals.GetProperty("programsReporting").GetInt32());
        Assert.Equal((null, "not-reported", 0), HubProbe.Cell(totals.GetProperty("figures"), "matches-made"));
    }

    [Fact]
    public async Task A_redelivered_copy_a_resend_and_a_reminted_resend_are_stored_once_and_counted_once()
    {
        var year = TestYears.Next();
        var builder = new AnnualReportSubmittedBuilder("NE", Programs.NewId("ne")).ForYear(year);
        var report = builder.Build();
        var messageId = NewId.NextGuid();

        await _state.SubmitAsync(report, messageId);
        await _state.SubmitAsync(report, messageId);
        var resend = await _state.SubmitAsync(report);
        // The state lost its id and minted a new one for the same revision: the natural key still holds.
        var reminted = await _state.SubmitAsync(report with { SubmissionId = Guid.NewGuid() });

        var stored = await Hub.ArrivedAsync(report.SubmissionId);
        foreach (var id in new[] { messageId, resend, reminted })
        {
            await Eventually.UntilAsync(() => Hub.InboxCountAsync(id), n => n == 1, what: $"the hub to handle message {id}");
        }
        Assert.Equal(1, await Hub.CountAsync(s => s.StateCode == "NE" && s.ProgramId == report.ProgramId && s.Year == year));

        using var analyst = await platform.GatewayClientAsync(TestUsers.Analyst);
        await HubProbe.DecideAsync(analyst, stored.Id, "accepted");
        var totals = await HubProbe.GetJsonAsync(analyst, $"/api/alliance/national/{year}");
        Assert.Equal(1, totals.GetProperty("programsReporting").GetInt32());
        Assert.Equal((120, "published", 0), HubProbe.Cell(totals.GetProperty("figures"), "matches-made"));
        Assert.Equal((240, "published", 0), HubProbe.Cell(totals.GetProperty("figures"), "referrals-received"));
    }

    [Theory]
    [InlineData("unknown-figure", "is not in the national catalogue")]
    [InlineData("missing-figure", "'matches-made' is missing")]
    [InlineData("duplicate-figure", "appears more than once")]
    [InlineData("negative", "'referrals-received' is negative")]
    [InlineData("small-cell-published", "small cells must be suppressed")]
    [InlineData("suppressed-with-value", "marked suppressed but carries a value")]
    [InlineData("no-value", "has no value and is not marked suppressed")]
    [InlineData("outcomes-exceed-matches", "add up to more than matches-made")]
    [InlineData("outcomes-exceed-suppressed-matches", "add up to more than matches-made")]
    [InlineData("active-matches-without-support-parents", "no support parent is active")]
    [InlineData("year-too-early", "is outside 2000")]
    [InlineData("year-in-the-future", "is outside 2000")]
    [InlineData("unknown-state", "is not a US state, DC or territory code")]
    [InlineData("unknown-kind", "programKind must be")]
    [InlineData("revision-zero", "revision must be 1 or more")]
    [InlineData("another-programs-figure", "belongs to another program")]
    [InlineData("no-figures", "figures are missing")]
    [InlineData("submitted-in-the-future", "submittedAt is in the future")]
    [InlineData("no-program-name", "programName is missing")]
    public async Task A_report_that_fails_a_check_is_stored_rejected_and_returned_to_the_state_at_once(string problem, string reason)
    {
        var builder = new AnnualReportSubmittedBuilder("MN", Programs.NewId(problem[..6])).ForYear(2012);
        var report = (problem switch
        {
            "unknown-figure" => builder.WithRawFigure("parents-hugged", 50, false),
            "missing-figure" => builder.WithoutFigure(ReportedFigure.MatchesMade),
            "duplicate-figure" => builder.With(r => r with { Figures = [.. r.Figures, r.Figures[0]] }),
            "negative" => builder.WithRawFigure(ReportedFigure.ReferralsReceived, -5, false),
            "small-cell-published" => builder.WithRawFigure(ReportedFigure.TrainingsCompleted, 4, false),
            "suppressed-with-value" => builder.WithRawFigure(ReportedFigure.TrainingsCompleted, 40, true),
            "no-value" => builder.WithRawFigure(ReportedFigure.TrainingsCompleted, null, false),
            "outcomes-exceed-matches" => builder.WithCount(ReportedFigure.OutcomeGoalsMet, 200),
            // Five suppressed outcomes are at least 5 matches; a suppressed matches-made is at most 10, so 0 + 5 + 12 cannot fit.
            "outcomes-exceed-suppressed-matches" => builder.WithCount(ReportedFigure.MatchesMade, 9).WithCount(ReportedFigure.OutcomeFamilyWithdrew, 12)
                .WithCount(ReportedFigure.OutcomeGoalsMet, 0).WithCount(ReportedFigure.OutcomeCaseClosed, 0),
            "active-matches-without-support-parents" => builder.WithCount(ReportedFigure.SupportParentsActive, 0),
            "year-too-early" => builder.ForYear(1999),
            "year-in-the-future" => builder.ForYear(DateTime.UtcNow.Year + 1),
            "unknown-state" => builder.With(r => r with { StateCode = "ZZ" }),
            "unknown-kind" => builder.OfKind("respite"),
            "revision-zero" => builder.AsRevision(0),
            "another-programs-figure" => builder.WithRawFigure(ReportedFigure.MatchesMade, 120, false, figureProgramId: "another-program"),
            "no-figures" => builder.With(r => r with { Figures = [] }),
            "submitted-in-the-future" => builder.With(r => r with { SubmittedAt = DateTimeOffset.UtcNow.AddDays(30) }),
            "no-program-name" => builder.With(r => r with { ProgramName = " " }),
            _ => throw new ArgumentOutOfRangeException(nameof(problem)),
        }).Build();

        await _state.SubmitAsync(report);
        var stored = await Hub.ArrivedAsync(report.SubmissionId);

        Assert.Equal(SubmissionStatus.Rejected, stored.Status);
        Assert.Contains(stored.Problems, p => p.Contains(reason, StringComparison.Ordinal));
        Assert.All(stored.Figures, f => Assert.Contains(f.Name, ReportedFigure.Catalogue));
        var answers = await Eventually.UntilAsync(
            () => Task.FromResult(_state.DistinctAnswers().Where(a => a.SubmissionId == report.SubmissionId).ToList()),
            list => list.Count > 0, what: "the automatic answer");
        var answer = Assert.Single(answers);
        Assert.Equal(AnnualReportAnswered.Returned, answer.Decision);
        Assert.Contains(reason, answer.Comment);
        Assert.Equal((report.ProgramId, report.Year, report.Revision), (answer.ProgramId, answer.Year, answer.Revision));

        using var analyst = await platform.GatewayClientAsync(TestUsers.Analyst);
        await HubProbe.DecideAsync(analyst, stored.Id, "accepted", expected: HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("IOWA")]
    [InlineData("long-program-id")]
    public async Task A_report_that_cannot_even_be_keyed_goes_to_the_error_queue_and_stores_nothing(string flaw)
    {
        var programId = flaw == "long-program-id" ? new string('p', 65) : Programs.NewId("unkeyed");
        var report = new AnnualReportSubmittedBuilder(flaw == "long-program-id" ? "IA" : flaw, programId).Build();
        using var management = new RabbitManagement(TestInfrastructure.RabbitMqManagement);
        const string errorQueue = "alliance-hub-annual-report-submitted_error";
        var before = await management.QueueDepthAsync(platform.Broker.Name, errorQueue) ?? 0;

        await _state.SubmitAsync(report);

        await Eventually.UntilAsync(async () => await management.QueueDepthAsync(platform.Broker.Name, errorQueue) ?? 0, n => n > before,
            TimeSpan.FromSeconds(60), "the unusable report to fault to the error queue");
        Assert.Equal(0, await Hub.CountAsync(s => s.SubmissionId == report.SubmissionId));
    }
}
