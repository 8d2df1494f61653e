using System.Net;
using System.Text.Json.Nodes;
using ParentPartner.AllianceHub.Api.Domain;
using ParentPartner.Contracts.Alliance;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders.Alliance;

namespace ParentPartner.AllianceHub.Tests.Link;

/// <summary>
/// The federation link end to end on two real broker nodes: states' reports cross by shovel to the hub,
/// the national figures equal the states' figures exactly however the link misbehaves, and each state gets
/// back its own answers and nobody else's.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class FederationLinkTests(Platform platform)
{
    private static readonly int[] Years = [2019, 2020, 2021];
    private static readonly string[] Programs = ["p2p", "cw"];

    [Fact]
    public async Task National_figures_equal_the_states_figures_exactly_through_duplicates_a_cut_link_and_two_resubmissions()
    {
        await using var deployment = await LinkedDeployment.StartAsync(platform, "IA", "NE");
        var (ia, ne) = (deployment.States["IA"], deployment.States["NE"]);
        using var analyst = await deployment.AnalystAsync();
        var random = new Random(2026);
        var builders = new Dictionary<(string State, string Program, int Year), AnnualReportSubmittedBuilder>();
        var accepted = new Dictionary<(string, string, int), AnnualReportSubmitted>();

        // Every state sends a report per program and year; IA's first one also arrives as a redelivered copy and a resend.
        var sent = new List<AnnualReportSubmitted>();
        foreach (var state in new[] { ia, ne })
        {
            foreach (var program in Programs)
            {
                foreach (var year in Years)
                {
                    var builder = new AnnualReportSubmittedBuilder(state.Code, $"{state.Code.ToLowerInvariant()}-{program}").ForYear(year)
                        .OfKind(program == "cw" ? AnnualReportSubmitted.ChildWelfare : AnnualReportSubmitted.ParentToParent)
                        .WithCounts(ExpectedFigures.RandomCounts(random));
                    builders[(state.Code, program, year)] = builder;
                    var report = builder.Build();
                    var messageId = await state.Bus.SubmitAsync(report);
                    if (sent.Count == 0)
                    {
                        await state.Bus.SubmitAsync(report, messageId);
                        await state.Bus.SubmitAsync(report);
                    }
                    sent.Add(report);
                }
            }
        }

        var stored = new Dictionary<Guid, Submission>();
        foreach (var report in sent)
        {
            stored[report.SubmissionId] = await deployment.Hub.ArrivedAsync(report.SubmissionId, TimeSpan.FromSeconds(60));
        }
        Assert.Equal(12, await deployment.Hub.CountAsync(_ => true));

        // All accepted but one of IA's, left for the analyst to return while IA's link is down.
        var heldBack = sent.Single(r => r.StateCode == "IA" && r.ProgramId == "ia-cw" && r.Year == 2021);
        foreach (var report in sent.Where(r => r != heldBack))
        {
            await HubProbe.DecideAsync(analyst, stored[report.SubmissionId].Id, "accepted");
            accepted[(report.StateCode, report.ProgramId, report.Year)] = report;
        }
        await ExpectedFigures.AssertNationalViewsAsync(analyst, accepted.Values);
        await AssertOwnAnswersAsync(ia, expected: 5);
        await AssertOwnAnswersAsync(ne, expected: 6);

        // The link is cut. The analyst's answer waits on the hub; IA's two resubmissions wait at IA.
        await ia.Link.UnlinkAsync();
        await HubProbe.DecideAsync(analyst, stored[heldBack.SubmissionId].Id, "returned", "Outcome figures missing for the child-welfare program.");
        await Eventually.UntilAsync(ia.WaitingAnswersOnHubAsync, n => n == 1, TimeSpan.FromSeconds(30), "the answer to wait on the hub");

        var resubmitted = builders[("IA", "p2p", 2020)];
        var revision2 = resubmitted.AsRevision(2).WithCounts(ExpectedFigures.RandomCounts(random)).Build();
        var revision3 = resubmitted.AsRevision(3).WithCounts(ExpectedFigures.RandomCounts(random)).Build();
        await ia.Bus.SubmitAsync(revision2);
        var copy = await ia.Bus.SubmitAsync(revision3);
        await ia.Bus.SubmitAsync(revision3, copy);
        await ia.Bus.SubmitAsync(revision3);
        await Eventually.UntilAsync(ia.OutboundDepthAsync, n => n == 4, TimeSpan.FromSeconds(30), "IA's resubmissions to wait in its outbound queue");
        Assert.Equal(1, await deployment.Hub.CountAsync(s => s.StateCode == "IA" && s.ProgramId == "ia-p2p" && s.Year == 2020));
        Assert.DoesNotContain(ia.Bus.DistinctAnswers(), a => a.SubmissionId == heldBack.SubmissionId);
        await ExpectedFigures.AssertNationalViewsAsync(analyst, accepted.Values);

        // The link returns (link.sh run again): everything waiting flows, once.
        await ia.Link.LinkAsync();
        var stored2 = await deployment.Hub.ArrivedAsync(revision2.SubmissionId, TimeSpan.FromSeconds(60));
        var stored3 = await deployment.Hub.ArrivedAsync(revision3.SubmissionId, TimeSpan.FromSeconds(60));
        await Eventually.UntilAsync(ia.OutboundDepthAsync, n => n == 0, TimeSpan.FromSeconds(30), "IA's outbound queue to drain");
        Assert.Equal(3, await deployment.Hub.CountAsync(s => s.StateCode == "IA" && s.ProgramId == "ia-p2p" && s.Year == 2020));
        var returned = await AnswerAsync(ia, heldBack.SubmissionId);
        Assert.Equal(AnnualReportAnswered.Returned, returned.Decision);

        await HubProbe.DecideAsync(analyst, stored2.Id, "accepted", expected: HttpStatusCode.Conflict);
        await HubProbe.DecideAsync(analyst, stored3.Id, "accepted");
        await HubProbe.DecideAsync(analyst, stored2.Id, "returned", "Replaced by revision 3.");
        accepted[("IA", "ia-p2p", 2020)] = revision3;

        await ExpectedFigures.AssertNationalViewsAsync(analyst, accepted.Values);
        Assert.Equal(AnnualReportAnswered.Accepted, (await AnswerAsync(ia, revision3.SubmissionId)).Decision);
        Assert.Equal(AnnualReportAnswered.Returned, (await AnswerAsync(ia, revision2.SubmissionId)).Decision);
        await AssertOwnAnswersAsync(ia, expected: 5 + 1 + 2);
        await AssertOwnAnswersAsync(ne, expected: 6);
        await Eventually.UntilAsync(ia.WaitingAnswersOnHubAsync, n => n == 0, TimeSpan.FromSeconds(30), "no answer left waiting on the hub");
    }

    [Fact]
    public async Task A_hub_broker_outage_only_delays_reports_and_answers()
    {
        await using var deployment = await LinkedDeployment.StartAsync(platform, "IA", "NE");
        var (ia, ne) = (deployment.States["IA"], deployment.States["NE"]);
        using var analyst = await deployment.AnalystAsync();
        var before = new AnnualReportSubmittedBuilder("IA", "ia-p2p").ForYear(2022).Build();
        await ia.Bus.SubmitAsync(before);
        await HubProbe.DecideAsync(analyst, (await deployment.Hub.ArrivedAsync(before.SubmissionId)).Id, "accepted");

        var iaReport = new AnnualReportSubmittedBuilder("IA", "ia-p2p").ForYear(2023).WithCounts(ExpectedFigures.RandomCounts(new Random(7))).Build();
        var neReport = new AnnualReportSubmittedBuilder("NE", "ne-p2p").ForYear(2023).WithCounts(ExpectedFigures.RandomCounts(new Random(8))).Build();
        await HubBrokerOutage.StopAsync();
        try
        {
            var messageId = await ia.Bus.SubmitAsync(iaReport);
            await ia.Bus.SubmitAsync(iaReport, messageId);
            await ia.Bus.SubmitAsync(iaReport);
            await ne.Bus.SubmitAsync(neReport);
            await Eventually.UntilAsync(ia.OutboundDepthAsync, n => n == 3, TimeSpan.FromSeconds(30), "IA's reports to wait in its outbound queue");
            await Eventually.UntilAsync(ne.OutboundDepthAsync, n => n == 1, TimeSpan.FromSeconds(30), "NE's report to wait in its outbound queue");
        }
        finally
        {
            await HubBrokerOutage.StartAsync();
        }

        var storedIa = await deployment.Hub.ArrivedAsync(iaReport.SubmissionId, TimeSpan.FromSeconds(90));
        var storedNe = await deployment.Hub.ArrivedAsync(neReport.SubmissionId, TimeSpan.FromSeconds(90));
        await Eventually.UntilAsync(ia.OutboundDepthAsync, n => n == 0, TimeSpan.FromSeconds(30), "IA's outbound queue to drain");
        Assert.Equal(1, await deployment.Hub.CountAsync(s => s.StateCode == "IA" && s.Year == 2023));
        await HubProbe.DecideAsync(analyst, storedIa.Id, "accepted");
        await HubProbe.DecideAsync(analyst, storedNe.Id, "accepted");

        await ExpectedFigures.AssertNationalViewsAsync(analyst, [before, iaReport, neReport]);
        Assert.Equal(AnnualReportAnswered.Accepted, (await AnswerAsync(ia, iaReport.SubmissionId, TimeSpan.FromSeconds(90))).Decision);
        Assert.Equal(AnnualReportAnswered.Accepted, (await AnswerAsync(ne, neReport.SubmissionId, TimeSpan.FromSeconds(90))).Decision);
        await AssertOwnAnswersAsync(ia, expected: 2);
        await AssertOwnAnswersAsync(ne, expected: 1);
    }

    [Fact]
    public async Task A_states_own_user_on_the_hub_broker_cannot_take_another_states_answers()
    {
        await using var deployment = await LinkedDeployment.StartAsync(platform, "IA", "NE");
        var (ia, ne) = (deployment.States["IA"], deployment.States["NE"]);
        await ne.Link.UnlinkAsync();
        await deployment.HubVhost.Management.PublishAsync(deployment.HubVhost.Name, ne.Link.AnswersQueue, "an answer for NE");
        await Eventually.UntilAsync(ne.WaitingAnswersOnHubAsync, n => n == 1, TimeSpan.FromSeconds(30), "NE's answer to wait on the hub");

        // IA's link pointed at NE's answers queue, with IA's own credentials: it never runs, and takes nothing.
        var theft = Shovel(ia, ne.Link.AnswersQueue);
        await ia.Vhost.Management.PutShovelAsync(ia.Vhost.Name, "steal", theft);
        try
        {
            var observed = new HashSet<string>();
            for (var deadline = DateTime.UtcNow.AddSeconds(8); DateTime.UtcNow < deadline; await Task.Delay(250))
            {
                if ((await ia.Vhost.Management.ShovelsAsync(ia.Vhost.Name)).TryGetValue("steal", out var shovel))
                {
                    observed.Add(shovel.State);
                }
            }
            Assert.Contains("terminated", observed);
            Assert.DoesNotContain("running", observed);
        }
        finally
        {
            await ia.Vhost.Management.DeleteShovelAsync(ia.Vhost.Name, "steal");
        }
        Assert.Equal(1, await ne.WaitingAnswersOnHubAsync());
        Assert.Empty(ia.Bus.Answers);

        // The same shovel on IA's own queue runs: only the queue made the difference.
        await ia.Link.UnlinkAsync();
        await ia.Vhost.Management.PutShovelAsync(ia.Vhost.Name, "own", Shovel(ia, ia.Link.AnswersQueue));
        await Eventually.UntilAsync(async () => (await ia.Vhost.Management.ShovelsAsync(ia.Vhost.Name)).GetValueOrDefault("own").State,
            state => state == "running", TimeSpan.FromSeconds(30), "IA's shovel on its own answers to run");
        await ia.Vhost.Management.DeleteShovelAsync(ia.Vhost.Name, "own");
    }

    private static JsonObject Shovel(LinkedState state, string sourceQueue) => new()
    {
        ["src-protocol"] = "amqp091",
        ["src-uri"] = state.Link.HubUri,
        ["src-queue"] = sourceQueue,
        ["dest-protocol"] = "amqp091",
        ["dest-uri"] = state.Vhost.AmqpUri.TrimEnd('/'),
        ["dest-exchange"] = "ParentPartner.Contracts.Alliance:AnnualReportAnswered",
        ["ack-mode"] = "on-confirm",
        ["reconnect-delay"] = 1,
    };

    private static async Task AssertOwnAnswersAsync(LinkedState state, int expected)
    {
        var answers = await Eventually.UntilAsync(() => Task.FromResult(state.Bus.DistinctAnswers()), a => a.Count >= expected,
            TimeSpan.FromSeconds(60), $"{state.Code}'s answers");
        await Task.Delay(TimeSpan.FromSeconds(1));
        answers = state.Bus.DistinctAnswers();
        Assert.Equal(expected, answers.Count);
        Assert.All(answers, a => Assert.Equal(state.Code, a.StateCode));
        Assert.Equal(expected, answers.Select(a => a.SubmissionId).Distinct().Count());
    }

    private static async Task<AnnualReportAnswered> AnswerAsync(LinkedState state, Guid submissionId, TimeSpan? timeout = null)
    {
        var answers = await Eventually.UntilAsync(
            () => Task.FromResult(state.Bus.DistinctAnswers().Where(a => a.SubmissionId == submissionId).ToList()),
            list => list.Count > 0, timeout ?? TimeSpan.FromSeconds(60), $"{state.Code}'s answer to {submissionId}");
        return Assert.Single(answers);
    }
}
