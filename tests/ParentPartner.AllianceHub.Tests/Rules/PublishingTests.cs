using ParentPartner.AllianceHub.Api.Domain;
using ParentPartner.Contracts.Alliance;
using ParentPartner.Testing.Builders.Alliance;

namespace ParentPartner.AllianceHub.Tests.Rules;

/// <summary>Accepting a revision makes it the national record of its program and year, replacing the one before.</summary>
public sealed class PublishingTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static Submission Received(AnnualReportSubmitted report) =>
        Submission.Receive(report, new SubmissionKey(report.StateCode, report.ProgramId, report.Year, report.Revision), Now, []);

    [Fact]
    public void The_first_accepted_revision_publishes_every_figure()
    {
        var submission = Received(new AnnualReportSubmittedBuilder("IA", "ia-p2p").ForYear(2025).WithCount(ReportedFigure.TrainingsCompleted, 4).Build());
        var published = new List<PublishedFigure>();

        submission.Publish(published, published.Add, f => published.Remove(f));

        Assert.Equal(ReportedFigure.Catalogue.Order(), published.Select(f => f.Name).Order());
        Assert.All(published, f => Assert.Equal((2025, "IA", "ia-p2p", 1, submission.Id), (f.Year, f.StateCode, f.ProgramId, f.Revision, f.SubmissionId)));
        var trainings = published.Single(f => f.Name == ReportedFigure.TrainingsCompleted);
        Assert.Equal((null, true), (trainings.Value, trainings.Suppressed));
        Assert.Equal(120, published.Single(f => f.Name == ReportedFigure.MatchesMade).Value);
    }

    [Fact]
    public void A_later_accepted_revision_replaces_the_values_in_place_and_drops_what_it_no_longer_has()
    {
        var builder = new AnnualReportSubmittedBuilder("IA", "ia-p2p").ForYear(2025);
        var first = Received(builder.Build());
        var published = new List<PublishedFigure>();
        first.Publish(published, published.Add, f => published.Remove(f));
        published.Add(new PublishedFigure { Year = 2025, StateCode = "IA", ProgramId = "ia-p2p", Name = "retired-figure", Value = 99, Revision = 1 });
        var rows = published.ToList();

        var second = Received(builder.AsRevision(2).WithCount(ReportedFigure.MatchesMade, 7).Build());
        second.Publish(published, published.Add, f => published.Remove(f));

        Assert.Equal(ReportedFigure.Catalogue.Count, published.Count);
        Assert.DoesNotContain(published, f => f.Name == "retired-figure");
        Assert.All(published, f => Assert.Contains(f, rows));
        Assert.All(published, f => Assert.Equal((2, second.Id), (f.Revision, f.SubmissionId)));
        var matches = published.Single(f => f.Name == ReportedFigure.MatchesMade);
        Assert.Equal((null, true), (matches.Value, matches.Suppressed));
    }
}
