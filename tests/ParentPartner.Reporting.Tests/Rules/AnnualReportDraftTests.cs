using ParentPartner.Contracts.Alliance;
using ParentPartner.Reporting.Api.Features.AnnualReports;

namespace ParentPartner.Reporting.Tests.Rules;

public sealed class AnnualReportDraftTests
{
    private static AnnualCounts Counts(int referrals, int information, int made, int active, int parents, int trainings, params int[] outcomes) =>
        new(new Dictionary<string, int>
        {
            [ReportedFigure.ReferralsReceived] = referrals,
            [ReportedFigure.InformationRequests] = information,
            [ReportedFigure.MatchesMade] = made,
            [ReportedFigure.MatchesActiveAtYearEnd] = active,
            [ReportedFigure.SupportParentsActive] = parents,
            [ReportedFigure.TrainingsCompleted] = trainings,
        }, outcomes);

    [Fact]
    public void Every_catalogue_figure_is_sent_once_and_zeros_are_shown_not_suppressed()
    {
        var draft = AnnualReportDraft.Build(Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        var sent = draft.ToReported("p");

        Assert.Equal(ReportedFigure.Catalogue, sent.Select(f => f.Name));
        Assert.All(sent, f => Assert.Equal((0, false, "p"), (f.Value!.Value, f.Suppressed, f.ProgramId)));
    }

    [Fact]
    public void Small_single_figures_are_suppressed_and_the_outcome_group_gets_a_complement()
    {
        var draft = AnnualReportDraft.Build(Counts(25, 5, 40, 11, 10, 0, 14, 3, 12, 0, 0));
        var figures = draft.Figures.ToDictionary(f => f.Name);

        Assert.Equal((null, true, "primary"), (figures[ReportedFigure.InformationRequests].Value, figures[ReportedFigure.InformationRequests].Suppressed, figures[ReportedFigure.InformationRequests].Suppression));
        Assert.True(figures[ReportedFigure.SupportParentsActive].Suppressed);
        Assert.Equal(11, figures[ReportedFigure.MatchesActiveAtYearEnd].Value);
        Assert.Equal("primary", figures[ReportedFigure.OutcomeFamilyWithdrew].Suppression);
        Assert.Equal("complementary", figures[ReportedFigure.OutcomeReunified].Suppression);
        Assert.Equal(14, figures[ReportedFigure.OutcomeGoalsMet].Value);
        Assert.Equal(0, figures[ReportedFigure.OutcomeCaseClosed].Value);

        var group = Assert.Single(draft.Groups);
        Assert.Equal((29, 29, false), (group.Total.Count, group.Total.Value!.Value, group.Total.Suppressed));
        Assert.Equal(48.3m, group.Cells[0].SharePercent);
        Assert.Null(group.Cells[1].SharePercent);
        Assert.Null(group.Cells[2].SharePercent);
        Assert.Equal(0m, group.Cells[3].SharePercent);
        Assert.DoesNotContain(draft.ToReported("p"), f => f.Value is >= 1 and <= 10);
    }
}
