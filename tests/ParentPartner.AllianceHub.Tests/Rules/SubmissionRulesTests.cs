using ParentPartner.AllianceHub.Api.Domain;
using ParentPartner.Contracts.Alliance;
using ParentPartner.Testing.Builders.Alliance;

namespace ParentPartner.AllianceHub.Tests.Rules;

public sealed class SubmissionRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static AnnualReportSubmittedBuilder Report() => new AnnualReportSubmittedBuilder("IA", "ia-p2p").ForYear(2025);

    [Fact]
    public void A_complete_suppressed_report_passes()
    {
        Assert.Empty(SubmissionRules.Check(Report().Build(), Now));
        Assert.Empty(SubmissionRules.Check(Report().WithCounts(new Dictionary<string, int>
        {
            [ReportedFigure.MatchesMade] = 9,
            [ReportedFigure.OutcomeGoalsMet] = 3,
            [ReportedFigure.OutcomeFamilyWithdrew] = 0,
            [ReportedFigure.OutcomeCaseClosed] = 2,
            [ReportedFigure.MatchesActiveAtYearEnd] = 4,
            [ReportedFigure.SupportParentsActive] = 2,
        }).Build(), Now));
    }

    [Fact]
    public void Zero_is_published_and_eleven_is_published_but_one_to_ten_must_be_suppressed()
    {
        Assert.Empty(SubmissionRules.Check(Report().WithRawFigure(ReportedFigure.TrainingsCompleted, 0, false).Build(), Now));
        Assert.Empty(SubmissionRules.Check(Report().WithRawFigure(ReportedFigure.TrainingsCompleted, 11, false).Build(), Now));
        Assert.Single(SubmissionRules.Check(Report().WithRawFigure(ReportedFigure.TrainingsCompleted, 1, false).Build(), Now));
        Assert.Single(SubmissionRules.Check(Report().WithRawFigure(ReportedFigure.TrainingsCompleted, 10, false).Build(), Now));
    }

    [Fact]
    public void Outcomes_may_fill_matches_exactly_but_not_exceed_them_even_at_the_suppressed_bounds()
    {
        var exact = Report().WithCount(ReportedFigure.MatchesMade, 67);
        Assert.Empty(SubmissionRules.Check(exact.Build(), Now));
        Assert.Single(SubmissionRules.Check(exact.WithCount(ReportedFigure.OutcomeOther, 0).WithCount(ReportedFigure.OutcomeGoalsMet, 41).Build(), Now));

        // Five suppressed outcomes are at least 5; a suppressed matches-made is at most 10: consistent.
        var small = Report().WithCounts(ReportedFigure.Outcomes.ToDictionary(o => o, _ => 2)).WithCount(ReportedFigure.MatchesMade, 10);
        Assert.Empty(SubmissionRules.Check(small.Build(), Now));
        // Twelve published outcomes cannot fit in at most 10 matches.
        Assert.Single(SubmissionRules.Check(small.WithCount(ReportedFigure.OutcomeOther, 12).Build(), Now));
    }

    [Fact]
    public void The_year_may_be_this_year_at_the_latest_and_2000_at_the_earliest()
    {
        Assert.Empty(SubmissionRules.Check(Report().ForYear(2000).Build() with { SubmittedAt = Now }, Now));
        Assert.Empty(SubmissionRules.Check(Report().ForYear(2026).Build() with { SubmittedAt = Now }, Now));
        Assert.Contains(SubmissionRules.Check(Report().ForYear(2027).Build() with { SubmittedAt = Now }, Now), p => p.Contains("outside"));
        Assert.Contains(SubmissionRules.Check(Report().ForYear(1999).Build() with { SubmittedAt = Now }, Now), p => p.Contains("outside"));
    }

    [Fact]
    public void A_report_submitted_before_its_year_began_is_refused()
    {
        var problems = SubmissionRules.Check(Report().ForYear(2025).Build() with { SubmittedAt = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero) }, Now);
        Assert.Contains(problems, p => p.Contains("before the reported year began"));
    }

    [Theory]
    [InlineData("ia", true)]
    [InlineData("PR", true)]
    [InlineData("IOWA", false)]
    [InlineData("I1", false)]
    [InlineData(null, false)]
    public void Only_two_letters_make_a_key(string? state, bool keyed)
    {
        var report = Report().Build() with { StateCode = state! };
        Assert.Equal(keyed, SubmissionRules.TryKey(report, out var key, out _));
        if (keyed)
        {
            Assert.Equal(state!.ToUpperInvariant(), key.StateCode);
        }
    }

    [Fact]
    public void There_are_56_jurisdictions()
    {
        Assert.Equal(56, AnnualReportSubmitted.KnownStateCodes.Count);
        Assert.Contains("DC", AnnualReportSubmitted.KnownStateCodes);
        Assert.Contains("MP", AnnualReportSubmitted.KnownStateCodes);
    }

    [Fact]
    public void Null_figures_and_null_entries_are_problems_not_crashes()
    {
        Assert.Contains(SubmissionRules.Check(Report().Build() with { Figures = null! }, Now), p => p.Contains("figures are missing"));
        Assert.Contains(SubmissionRules.Check(Report().Build() with { Figures = [null!] }, Now), p => p.Contains("not in the national catalogue"));
    }
}
