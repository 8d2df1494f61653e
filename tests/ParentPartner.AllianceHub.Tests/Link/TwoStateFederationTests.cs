using System.Net;
using ParentPartner.Contracts.Alliance;
using ParentPartner.Testing;

namespace ParentPartner.AllianceHub.Tests.Link;

/// <summary>
/// The federation end to end on real processes: two state deployments (their own referral, matching and
/// reporting services, databases, vhost on the state broker and gateway) and the hub on its own broker, linked
/// by the shovels of deploy/federation/link.json. What the states' people do flows into their reporting, the
/// admins approve, the analyst accepts, and the national figures equal the states' published figures exactly,
/// through a cut link and a year resubmitted twice.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class TwoStateFederationTests(Platform platform)
{
    [Fact]
    public async Task Two_states_work_approve_and_resubmit_through_a_cut_link_and_the_national_totals_equal_their_published_figures()
    {
        var year = platform.Clock.GetUtcNow().Year;
        await using var federation = await LinkedDeployment.StartHubAsync(platform);
        var iowa = await StateDeployment.StartAsync(platform, federation, StateProgram.Iowa);
        var nebraska = await StateDeployment.StartAsync(platform, federation, StateProgram.Nebraska);
        using var analyst = await federation.AnalystAsync();

        // A year of work in each state, through its own gateway. Iowa: 16 referrals (published), 11 information
        // requests (published), 3 matches (suppressed). Nebraska: 12 referrals, 4 information requests and 2
        // matches (suppressed), one of them ended with its goals met (a suppressed outcome).
        var iowaYear = new YearOfWork(Referrals: 16, InformationOnly: 11, Matched: 3, Ended: 0);
        var nebraskaYear = new YearOfWork(Referrals: 12, InformationOnly: 4, Matched: 2, Ended: 1);
        await Task.WhenAll(iowa.RunYearAsync(iowaYear), nebraska.RunYearAsync(nebraskaYear));
        await iowa.WaitForCountsAsync(year, iowaYear.Counts(supportParents: 2));
        await nebraska.WaitForCountsAsync(year, nebraskaYear.Counts(supportParents: 1));

        var iowa1 = await iowa.ApproveAsync(year);
        var nebraska1 = await nebraska.ApproveAsync(year);
        Assert.Equal((1, 1), (iowa1.Revision, nebraska1.Revision));
        Assert.Equal((16, false), Figure(iowa1, ReportedFigure.ReferralsReceived));
        Assert.Equal((11, false), Figure(iowa1, ReportedFigure.InformationRequests));
        Assert.Equal((null, true), Figure(iowa1, ReportedFigure.MatchesMade));
        Assert.Equal((12, false), Figure(nebraska1, ReportedFigure.ReferralsReceived));
        Assert.Equal((null, true), Figure(nebraska1, ReportedFigure.InformationRequests));
        Assert.Equal((null, true), Figure(nebraska1, ReportedFigure.OutcomeGoalsMet));

        // Both reach the hub pending; the analyst accepts both.
        foreach (var report in new[] { iowa1, nebraska1 })
        {
            var stored = await federation.Hub.ArrivedAsync(report.SubmissionId, TimeSpan.FromSeconds(60));
            Assert.Equal((report.StateCode, report.ProgramId, year, 1), (stored.StateCode, stored.ProgramId, stored.Year, stored.Revision));
            Assert.Empty(stored.Problems);
            await HubProbe.DecideAsync(analyst, stored.Id, "accepted");
        }

        // The national totals are the sum of the published figures; a withheld part is counted, never estimated.
        await ExpectedFigures.AssertNationalViewsAsync(analyst, [iowa1, nebraska1]);
        var totals = (await HubProbe.GetJsonAsync(analyst, $"/api/alliance/national/{year}")).GetProperty("figures");
        Assert.Equal((28, "published", 0), HubProbe.Cell(totals, ReportedFigure.ReferralsReceived));
        Assert.Equal((11, "partial", 1), HubProbe.Cell(totals, ReportedFigure.InformationRequests));
        Assert.Equal((null, "suppressed", 2), HubProbe.Cell(totals, ReportedFigure.MatchesMade));
        Assert.Equal((0, "partial", 1), HubProbe.Cell(totals, ReportedFigure.OutcomeGoalsMet));
        Assert.Equal((0, "published", 0), HubProbe.Cell(totals, ReportedFigure.TrainingsCompleted));

        // Each admin sees the hub's answer in its own reporting service.
        await iowa.WaitForAnswerAsync(year, 1, "accepted");
        await nebraska.WaitForAnswerAsync(year, 1, "accepted");

        // Iowa's link is cut. Two more referrals, and the year approved again after each: revisions 2 and 3 wait at Iowa.
        await iowa.Link.UnlinkAsync();
        await iowa.TakeReferralAsync();
        await iowa.WaitForCountsAsync(year, new Dictionary<string, int> { [ReportedFigure.ReferralsReceived] = 17 });
        var iowa2 = await iowa.ApproveAsync(year);
        await iowa.TakeReferralAsync();
        await iowa.WaitForCountsAsync(year, new Dictionary<string, int> { [ReportedFigure.ReferralsReceived] = 18 });
        var iowa3 = await iowa.ApproveAsync(year);
        Assert.Equal((2, 17, 3, 18), (iowa2.Revision, Figure(iowa2, ReportedFigure.ReferralsReceived).Value, iowa3.Revision, Figure(iowa3, ReportedFigure.ReferralsReceived).Value));
        await Eventually.UntilAsync(iowa.OutboundDepthAsync, n => n == 2, TimeSpan.FromSeconds(30), "Iowa's revisions to wait in its outbound queue");
        Assert.Equal(1, await federation.Hub.CountAsync(s => s.StateCode == "IA" && s.Year == year));
        await ExpectedFigures.AssertNationalViewsAsync(analyst, [iowa1, nebraska1]);

        // The link returns (link.sh run again): both revisions arrive once; only the latest can be accepted.
        await iowa.Link.LinkAsync();
        var stored2 = await federation.Hub.ArrivedAsync(iowa2.SubmissionId, TimeSpan.FromSeconds(60));
        var stored3 = await federation.Hub.ArrivedAsync(iowa3.SubmissionId, TimeSpan.FromSeconds(60));
        await Eventually.UntilAsync(iowa.OutboundDepthAsync, n => n == 0, TimeSpan.FromSeconds(30), "Iowa's outbound queue to drain");
        Assert.Equal(3, await federation.Hub.CountAsync(s => s.StateCode == "IA" && s.Year == year));
        await HubProbe.DecideAsync(analyst, stored2.Id, "accepted", expected: HttpStatusCode.Conflict);
        await HubProbe.DecideAsync(analyst, stored3.Id, "accepted");
        await HubProbe.DecideAsync(analyst, stored2.Id, "returned", "Replaced by revision 3.");

        // Revision 3 replaced revision 1: Iowa counted once, with its latest figures.
        await ExpectedFigures.AssertNationalViewsAsync(analyst, [iowa3, nebraska1]);
        totals = (await HubProbe.GetJsonAsync(analyst, $"/api/alliance/national/{year}")).GetProperty("figures");
        Assert.Equal((30, "published", 0), HubProbe.Cell(totals, ReportedFigure.ReferralsReceived));

        await iowa.WaitForAnswerAsync(year, 3, "accepted");
        await iowa.WaitForAnswerAsync(year, 2, "returned");
        Assert.Equal("accepted", await iowa.AnswerAsync(year, 1));
        var nebraskaSubmissions = (await nebraska.AnnualReportAsync(year)).GetProperty("submissions");
        Assert.Equal(1, nebraskaSubmissions.GetArrayLength());
        Assert.Equal("accepted", await nebraska.AnswerAsync(year, 1));
    }

    private static (int? Value, bool Suppressed) Figure(AnnualReportSubmitted report, string name)
    {
        var figure = report.Figures.Single(f => f.Name == name);
        return (figure.Value, figure.Suppressed);
    }
}

/// <summary>What a state's program does in the year, and what its reporting must count for it.</summary>
internal sealed record YearOfWork(int Referrals, int InformationOnly, int Matched, int Ended)
{
    public Dictionary<string, int> Counts(int supportParents) => new()
    {
        [ReportedFigure.ReferralsReceived] = Referrals,
        [ReportedFigure.InformationRequests] = InformationOnly,
        [ReportedFigure.MatchesMade] = Matched,
        [ReportedFigure.MatchesActiveAtYearEnd] = Matched - Ended,
        [ReportedFigure.SupportParentsActive] = supportParents,
        [ReportedFigure.TrainingsCompleted] = 0,
        [ReportedFigure.OutcomeGoalsMet] = Ended,
        [ReportedFigure.OutcomeFamilyWithdrew] = 0,
        [ReportedFigure.OutcomeReunified] = 0,
        [ReportedFigure.OutcomeCaseClosed] = 0,
        [ReportedFigure.OutcomeOther] = 0,
    };
}
