using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using ParentPartner.Contracts.Training;
using ParentPartner.Testing;
using ParentPartner.Training.Api.Jobs;
using ParentPartner.Training.Api.Data;

namespace ParentPartner.Training.Tests;

/// <summary>What happens when things happen at once, and when nobody calls: the last seat, the daily sweep, the API document.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ConcurrencyAndSweepTests(Platform platform)
{
    private readonly TrainingDriver _training = new(platform);

    [Fact]
    public async Task Racing_for_the_last_seat_one_enrolment_wins_and_the_others_get_409()
    {
        var course = (await _training.ActiveCoursesAsync(kind: "pre-service"))[0].GetProperty("id").GetGuid();
        var cohort = (await _training.ScheduleCohortAsync(course, _training.LocalNow.PlusDays(15))).GetProperty("id").GetGuid();
        for (var seat = 0; seat < 11; seat++)
        {
            await _training.EnrolAsync(cohort, await _training.ApplyEligibleAsync());
        }
        var racers = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            racers.Add(await _training.ApplyEligibleAsync());
        }
        var clients = new List<HttpClient>();
        for (var i = 0; i < racers.Count; i++)
        {
            clients.Add(await _training.ClientAsync(TestUsers.CoordinatorA));
        }

        var responses = await Task.WhenAll(racers.Select((racer, i) =>
            clients[i].PostAsJsonAsync($"{TrainingDriver.Programs(TestUsers.ProgramA)}/cohorts/{cohort}/enrolments", new { supportParentId = racer })));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var read = await _training.GetAsync($"{TrainingDriver.Programs(TestUsers.ProgramA)}/cohorts/{cohort}", TestUsers.CoordinatorA);
        Assert.Equal(12, read.GetProperty("enrolled").GetInt32());
        var roster = await _training.GetAsync($"{TrainingDriver.Programs(TestUsers.ProgramA)}/cohorts/{cohort}/enrolments?limit=200", TestUsers.CoordinatorA);
        Assert.Equal(12, roster.GetProperty("items").GetArrayLength());
        foreach (var disposable in responses.Cast<IDisposable>().Concat(clients))
        {
            disposable.Dispose();
        }
    }

    [Fact]
    public async Task Two_writers_of_one_support_parent_cannot_both_save_what_they_read()
    {
        var id = await _training.ApplyEligibleAsync();
        await using var first = platform.Training.CreateScope();
        await using var second = platform.Training.CreateScope();
        var one = first.ServiceProvider.GetRequiredService<TrainingDbContext>();
        var two = second.ServiceProvider.GetRequiredService<TrainingDbContext>();
        var mine = await one.SupportParents.SingleAsync(p => p.Id == id);
        var theirs = await two.SupportParents.SingleAsync(p => p.Id == id);

        mine.MaxCaseload = 3;
        await one.SaveChangesAsync();
        theirs.MaxCaseload = 4;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => two.SaveChangesAsync());
        Assert.Equal(3, (await _training.SupportParentAsync(id)).GetProperty("maxCaseload").GetInt32());
    }

    [Fact]
    public async Task Attendance_recorded_twice_at_once_is_published_once()
    {
        await using var attended = await DeliveryAudit<TrainingAttended>.StartAsync(platform.Broker);
        var course = (await _training.ActiveCoursesAsync(kind: "pre-service"))[0].GetProperty("id").GetGuid();
        var cohort = (await _training.ScheduleStartedCohortAsync(course)).GetProperty("id").GetGuid();
        var enrolment = await _training.EnrolAsync(cohort, await _training.ApplyEligibleAsync());

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _training.RecordAsync(cohort, enrolment, true, 2m, true)));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, $"got {(int)r.StatusCode}"));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        await Eventually.UntilAsync(() => Task.FromResult(attended.Deliveries.Count(d => d.Message.EnrolmentId == enrolment)), n => n >= 1, what: "TrainingAttended");
        await Task.Delay(1000);
        Assert.Single(attended.Deliveries, d => d.Message.EnrolmentId == enrolment);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task The_daily_sweep_lapses_overdue_certifications_without_anyone_calling_it()
    {
        var id = await _training.CertifiedSupportParentAsync();
        var certifiedOn = LocalDate.FromDateOnly(DateOnly.Parse((await _training.SupportParentAsync(id)).GetProperty("certification").GetProperty("certifiedOn").GetString()!));
        _training.MoveClockTo(certifiedOn.PlusDays(366), new LocalTime(9, 0));

        // A second instance of the service, as ops would run one: its background sweep runs at start-up, then daily.
        var replica = platform.StartService<TrainingDbContext>("training");
        try
        {
            await Eventually.UntilAsync(
                async () => (await _training.SupportParentAsync(id)).GetProperty("status").GetString(),
                status => status == "lapsed",
                what: "the background sweep to lapse the certification");
        }
        finally
        {
            await platform.StopAsync(replica);
        }
    }

    [Fact]
    public async Task A_dapr_cron_binding_runs_the_sweep_and_nobody_but_the_sidecar_can_trigger_it()
    {
        var id = await _training.CertifiedSupportParentAsync();
        var certifiedOn = LocalDate.FromDateOnly(DateOnly.Parse((await _training.SupportParentAsync(id)).GetProperty("certification").GetProperty("certifiedOn").GetString()!));
        _training.MoveClockTo(certifiedOn.PlusDays(366), new LocalTime(9, 0));

        // An instance as deployed beside a Dapr sidecar: its own timer off, the binding's token configured.
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var replica = platform.StartService<TrainingDbContext>("training", new Dictionary<string, string?>
        {
            ["Dapr:AppApiToken"] = token,
            ["Training:CertificationSweep:Enabled"] = "false",
        });
        try
        {
            using var direct = new HttpClient { BaseAddress = replica.Address };
            foreach (var presented in new[] { null, "not-the-token", token + "x" })
            {
                using var forged = new HttpRequestMessage(HttpMethod.Post, "/certification-sweep");
                if (presented is not null)
                {
                    forged.Headers.Add("dapr-api-token", presented);
                }
                using var refused = await direct.SendAsync(forged);
                await refused.AssertProblemAsync(HttpStatusCode.Unauthorized);
            }
            // The gateway has no route to it, even for a signed-in admin.
            using var admin = await platform.GatewayClientAsync(TestUsers.AdminA);
            using var throughGateway = await admin.PostAsync("/certification-sweep", null);
            Assert.Equal(HttpStatusCode.NotFound, throughGateway.StatusCode);
            Assert.Equal("certified", (await _training.SupportParentAsync(id)).GetProperty("status").GetString());

            using var probe = new HttpRequestMessage(HttpMethod.Options, "/certification-sweep") { Headers = { { "dapr-api-token", token } } };
            Assert.Equal(HttpStatusCode.OK, (await direct.SendAsync(probe)).StatusCode);
            using var fired = new HttpRequestMessage(HttpMethod.Post, "/certification-sweep") { Headers = { { "dapr-api-token", token } } };
            Assert.Equal(HttpStatusCode.OK, (await direct.SendAsync(fired)).StatusCode);
            Assert.Equal("lapsed", (await _training.SupportParentAsync(id)).GetProperty("status").GetString());
        }
        finally
        {
            await platform.StopAsync(replica);
        }
    }

    [Fact]
    public async Task Without_a_sidecar_token_the_binding_route_does_not_exist()
    {
        using var direct = new HttpClient { BaseAddress = platform.Training.Address };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/certification-sweep") { Headers = { { "dapr-api-token", "" } } };
        using var response = await direct.SendAsync(request);

        // No configured token must not mean "an empty token is the right one".
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_training_api_is_described_in_its_openapi_document_through_the_gateway()
    {
        using var anonymous = platform.AnonymousClient();

        using var response = await anonymous.GetAsync("/openapi/training.json");

        var document = await response.ReadJsonAsync();
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/training/programs/{programId}/support-parents", paths);
        Assert.Contains("/api/training/programs/{programId}/cohorts/{cohortId}/enrolments", paths);
        Assert.Contains("/api/training/programs/{programId}/certification-sweeps", paths);
        Assert.Contains("/api/training/me/sessions", paths);
    }
}
