using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using ParentPartner.Contracts.Alliance;
using ParentPartner.Gateway.Limits;
using ParentPartner.Matching.Api.Data;
using ParentPartner.Referral.Api.Data;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders;
using ParentPartner.Testing.Builders.Alliance;
using ParentPartner.Testing.Builders.Referrals;
using ParentPartner.Testing.Builders.Training;

namespace ParentPartner.AllianceHub.Tests.Link;

/// <summary>One program of a state deployment and the test users who run it (tokens are program-scoped).</summary>
internal sealed record StateProgram(string StateCode, string ProgramId, string Kind, TestUser Admin, TestUser Coordinator, IReadOnlyList<TestUser> SupportParents)
{
    public static StateProgram Iowa { get; } = new("IA", TestUsers.ProgramA, "p2p", TestUsers.AdminA, TestUsers.CoordinatorA,
        [TestUsers.SupportParentA, TestUsers.SupportParentA2]);

    public static StateProgram Nebraska { get; } = new("NE", TestUsers.ProgramB, "child-welfare", TestUsers.AdminB, TestUsers.CoordinatorB,
        [TestUsers.SupportParentB]);
}

/// <summary>
/// A real state deployment linked to the hub: its own referral, matching and reporting services, each with its
/// own database, on its own vhost of the state broker, behind its own gateway. Training is stood in for by
/// SupportParentCertified published on the state's vhost. Everything else goes through the gateway as the
/// program's staff, the way the state's people work.
/// </summary>
internal sealed class StateDeployment : IAsyncDisposable
{
    private readonly Platform _platform;
    private readonly Dictionary<TestUser, Guid> _supportParents = [];

    private StateDeployment(Platform platform, StateProgram program, RabbitVirtualHost vhost, ServiceHost<ReferralDbContext> referral,
        ServiceHost<MatchingDbContext> matching, ServiceHost<ReportingDbContext> reporting, ServiceHost<RequestLimitsOptions> gateway)
    {
        _platform = platform;
        Program = program;
        Vhost = vhost;
        Referral = referral;
        Matching = matching;
        Reporting = reporting;
        Gateway = gateway;
    }

    public StateProgram Program { get; }

    public string Code => Program.StateCode;

    public RabbitVirtualHost Vhost { get; }

    public ServiceHost<ReferralDbContext> Referral { get; }

    public ServiceHost<MatchingDbContext> Matching { get; }

    public ServiceHost<ReportingDbContext> Reporting { get; }

    public ServiceHost<RequestLimitsOptions> Gateway { get; }

    public FederationLink Link { get; private set; } = null!;

    /// <summary>Starts the state's services on a vhost of its own, registers its program and links it to <paramref name="federation"/>'s hub.</summary>
    public static async Task<StateDeployment> StartAsync(Platform platform, LinkedDeployment federation, StateProgram program)
    {
        var vhost = await federation.StateVhostAsync(program.StateCode);
        Dictionary<string, string?> Own(string service) => new()
        {
            ["ConnectionStrings:RabbitMq"] = vhost.AmqpUri,
            ["Database:Name"] = $"pp_{platform.RunId}_{service}_{program.StateCode.ToLowerInvariant()}_{federation.Id}",
        };
        var referral = platform.StartService<ReferralDbContext>("referral", Own("referral"));
        var matching = platform.StartService<MatchingDbContext>("matching", Own("matching"));
        var reporting = platform.StartService<ReportingDbContext>("reporting", Own("reporting"));
        var gateway = platform.StartGateway(new Dictionary<string, string?>
        {
            ["ReverseProxy:Clusters:referral:Destinations:primary:Address"] = referral.Address.ToString(),
            ["ReverseProxy:Clusters:matching:Destinations:primary:Address"] = matching.Address.ToString(),
            ["ReverseProxy:Clusters:reporting:Destinations:primary:Address"] = reporting.Address.ToString(),
        });
        var state = new StateDeployment(platform, program, vhost, referral, matching, reporting, gateway);
        // Reporting consumes the answers, so it is bound before link.sh would agree to link.
        state.Link = await federation.LinkAsync(program.StateCode, vhost, state);
        await state.RegisterProgramAsync();
        return state;
    }

    public Task<HttpClient> As(TestUser user) => _platform.GatewayClientAsync(user, Gateway);

    /// <summary>A program's year of work: support parents certified, referrals taken in, some screened to information only, some matched, some of those ended.</summary>
    public async Task RunYearAsync(YearOfWork work)
    {
        foreach (var supportParent in Program.SupportParents)
        {
            await CertifyAsync(supportParent);
        }
        var ids = new List<Guid>();
        for (var i = 0; i < work.Referrals; i++)
        {
            ids.Add(await TakeReferralAsync());
        }
        foreach (var id in ids.Take(work.InformationOnly))
        {
            await MoveAsync(id, "screened");
            await MoveAsync(id, "information-only");
        }
        var matches = new List<Guid>();
        foreach (var (id, i) in ids.Skip(work.InformationOnly).Take(work.Matched).Select((id, i) => (id, i)))
        {
            await MoveAsync(id, "screened");
            await MoveAsync(id, "ready-for-matching");
            matches.Add(await MatchAsync(id, Program.SupportParents[i % Program.SupportParents.Count]));
        }
        foreach (var match in matches.Take(work.Ended))
        {
            using var coordinator = await As(Program.Coordinator);
            using var response = await coordinator.PostAsJsonAsync($"/api/matching/matches/{match}/end", new { reason = "goals-met" });
            await response.ReadJsonAsync();
        }
    }

    /// <summary>A new referral through the gateway, by the program's coordinator.</summary>
    public async Task<Guid> TakeReferralAsync()
    {
        var builder = new ReferralRequestBuilder(Program.ProgramId);
        builder = Program.Kind == "p2p" ? builder.WithP2pProfile() : builder.WithChildWelfareProfile();
        using var coordinator = await As(Program.Coordinator);
        using var response = await coordinator.PostAsJsonAsync("/api/referrals", builder.Build());
        return (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    /// <summary>What the reporting service counts for the year so far (the draft's true counts, before suppression).</summary>
    public async Task<Dictionary<string, int>> CountsAsync(int year) =>
        (await AnnualReportAsync(year)).GetProperty("figures").EnumerateArray()
            .ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("count").GetInt32());

    /// <summary>Waits until reporting has counted what the state did.</summary>
    public Task WaitForCountsAsync(int year, IReadOnlyDictionary<string, int> expected) =>
        Eventually.UntilAsync(() => CountsAsync(year), counts => expected.All(e => counts.GetValueOrDefault(e.Key) == e.Value),
            TimeSpan.FromSeconds(30), $"{Code}'s reporting to count {string.Join(", ", expected)}");

    /// <summary>The admin's view of the year's annual report: draft, approved revisions, the hub's answers.</summary>
    public async Task<JsonElement> AnnualReportAsync(int year)
    {
        using var admin = await As(Program.Admin);
        return await HubProbe.GetJsonAsync(admin, $"/api/reports/programs/{Program.ProgramId}/annual-reports/{year}");
    }

    /// <summary>The admin draws up the year's draft and approves it: the next revision goes to the hub through the outbox.</summary>
    public async Task<AnnualReportSubmitted> ApproveAsync(int year)
    {
        using var admin = await As(Program.Admin);
        using (var draft = await admin.PostAsync($"/api/reports/programs/{Program.ProgramId}/annual-reports/{year}/drafts", null))
        {
            await draft.ReadJsonAsync(HttpStatusCode.Created);
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/reports/programs/{Program.ProgramId}/annual-reports/{year}/approval");
        request.Headers.Add("Idempotency-Key", "approve-" + Guid.NewGuid());
        using var response = await admin.SendAsync(request);
        var approval = await response.ReadJsonAsync(HttpStatusCode.Created);
        return new AnnualReportSubmitted
        {
            SubmissionId = approval.GetProperty("submissionId").GetGuid(),
            StateCode = Code,
            ProgramId = approval.GetProperty("programId").GetString()!,
            ProgramName = "",
            ProgramKind = Program.Kind,
            Year = approval.GetProperty("year").GetInt32(),
            Revision = approval.GetProperty("revision").GetInt32(),
            SubmittedAt = approval.GetProperty("approvedAt").GetDateTimeOffset(),
            Figures = [.. approval.GetProperty("figures").EnumerateArray().Select(f => new ReportedFigure
            {
                ProgramId = Program.ProgramId,
                Name = f.GetProperty("name").GetString()!,
                Value = f.GetProperty("value").ValueKind == JsonValueKind.Null ? null : f.GetProperty("value").GetInt32(),
                Suppressed = f.GetProperty("suppressed").GetBoolean(),
            })],
        };
    }

    /// <summary>The hub's answer to a revision as the admin sees it in reporting (null until it arrives).</summary>
    public async Task<string?> AnswerAsync(int year, int revision)
    {
        var submission = (await AnnualReportAsync(year)).GetProperty("submissions").EnumerateArray()
            .Single(s => s.GetProperty("revision").GetInt32() == revision);
        var answer = submission.GetProperty("answer");
        return answer.ValueKind == JsonValueKind.Null ? null : answer.GetProperty("decision").GetString();
    }

    public Task WaitForAnswerAsync(int year, int revision, string decision) =>
        Eventually.UntilAsync(() => AnswerAsync(year, revision), d => d == decision, TimeSpan.FromSeconds(60),
            $"{Code}'s admin to see revision {revision} {decision}");

    /// <summary>Submissions waiting in the state's outbound queue for the link.</summary>
    public async Task<int> OutboundDepthAsync() => await Vhost.Management.QueueDepthAsync(Vhost.Name, Link.OutboundQueue) ?? 0;

    public async ValueTask DisposeAsync()
    {
        await _platform.StopAsync(Gateway);
        await _platform.StopAsync(Reporting);
        await _platform.StopAsync(Matching);
        await _platform.StopAsync(Referral);
    }

    private async Task RegisterProgramAsync()
    {
        using var admin = await As(Program.Admin);
        var program = Program.Kind == "p2p" ? new ProgramRequestBuilder() : new ProgramRequestBuilder().ChildWelfare();
        using (var response = await admin.PutAsJsonAsync($"/api/referrals/programs/{Program.ProgramId}", program.Build()))
        {
            Assert.True(response.IsSuccessStatusCode, $"PUT program {Program.ProgramId}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        using (var response = await admin.PutAsJsonAsync($"/api/reports/programs/{Program.ProgramId}/settings", new
        {
            stateCode = Code,
            programName = $"{Code} program {Program.ProgramId}",
            kind = Program.Kind,
            timeZone = "America/Chicago",
        }))
        {
            await response.ReadJsonAsync();
        }
    }

    // Training's part: the support parent certified (now, on the domain clock) on the state's own vhost.
    private async Task CertifyAsync(TestUser supportParent)
    {
        var certified = new SupportParentCertifiedBuilder(Program.ProgramId).Build() with
        {
            UserSubject = supportParent.Subject,
            CertifiedAt = _platform.Clock.GetUtcNow(),
        };
        await Referral.Services.GetRequiredService<IBus>().Publish(certified);
        _supportParents[supportParent] = certified.SupportParentId;
    }

    private async Task MoveAsync(Guid id, string status)
    {
        using var coordinator = await As(Program.Coordinator);
        using var response = await coordinator.PostAsJsonAsync($"/api/referrals/{id}/status-changes", StatusChangeRequestBuilder.To(status));
        await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    // Matching's flow: the referral joins the queue and the support parent the pool, the coordinator approves the
    // offer and the support parent accepts it; MatchMade reaches reporting (and referral) on the state's vhost.
    private async Task<Guid> MatchAsync(Guid referralId, TestUser supportParent)
    {
        var supportParentId = _supportParents[supportParent];
        using var coordinator = await As(Program.Coordinator);
        await Eventually.UntilAsync(() => HubProbe.GetJsonAsync(coordinator, $"/api/matching/programs/{Program.ProgramId}/queue"),
            queue => queue.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("referralId").GetGuid() == referralId),
            TimeSpan.FromSeconds(30), $"referral {referralId} to join {Code}'s matching queue");
        await Eventually.UntilAsync(() => HubProbe.GetJsonAsync(coordinator, $"/api/matching/programs/{Program.ProgramId}/pool"),
            pool => pool.EnumerateArray().Any(p => p.GetProperty("supportParentId").GetGuid() == supportParentId),
            TimeSpan.FromSeconds(30), $"support parent {supportParentId} to join {Code}'s pool");

        using var approval = await coordinator.PostAsJsonAsync($"/api/matching/referrals/{referralId}/offers", new { supportParentId });
        var offerId = (await approval.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("offerId").GetGuid();
        using var parent = await As(supportParent);
        using var acceptance = await parent.PostAsync($"/api/matching/offers/{offerId}/acceptance", null);
        return (await acceptance.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("matchId").GetGuid();
    }
}
