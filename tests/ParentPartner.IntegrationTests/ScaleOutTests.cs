using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParentPartner.Contracts.Matching;
using ParentPartner.Contracts.Scheduling;
using ParentPartner.Contracts.Training;
using ParentPartner.DemoSeed;
using ParentPartner.DemoSeed.Api;
using ParentPartner.Matching.Api.Data;
using ParentPartner.Matching.Api.Domain;
using ParentPartner.Matching.Api.Jobs;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Domain;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.Scheduling.Api.Jobs;
using ParentPartner.Testing;
using ParentPartner.Training.Api.Data;
using ParentPartner.Training.Api.Jobs;
using Xunit.Abstractions;

namespace ParentPartner.IntegrationTests;

/// <summary>
/// Issue 14's scale proof: with two instances of every service behind two gateways, a mixed day — the demo
/// programs set up, referrals screened, support parents trained and certified, offers approved and answered both
/// ways, appointments booked, contacts logged, timesheets submitted — then the same approvals, answers and contacts
/// sent twice at once through both gateways, and every sweep run on both instances at once as the clock moves on.
/// Every side effect must happen exactly once.
/// </summary>
[Collection(ScaledPlatformCollection.Name)]
public sealed class ScaleOutTests(ScaledPlatform scaled, ITestOutputHelper log)
{
    private const string ChildWelfare = "ia-parent-partner";

    private Platform Platform => scaled.Platform;

    [Fact]
    public async Task Two_instances_of_everything_do_every_side_effect_exactly_once()
    {
        await using var offered = await DeliveryAudit<MatchOffered>.StartAsync(Platform.Broker);
        await using var made = await DeliveryAudit<MatchMade>.StartAsync(Platform.Broker);
        await using var expired = await DeliveryAudit<MatchOfferExpired>.StartAsync(Platform.Broker);
        await using var overdue = await DeliveryAudit<PlanItemOverdue>.StartAsync(Platform.Broker);
        await using var lapsed = await DeliveryAudit<SupportParentCertificationLapsed>.StartAsync(Platform.Broker);

        // The mixed day, through the second gateway (which spreads it over both instances of every service).
        var options = new SeedOptions(scaled.Gateways[1].Address, new Uri(Platform.Issuer.Issuer), DryRun: false)
        {
            Referrals = 24,
            SupportParents = 14,
            RequestsPerSecond = 0,
        };
        var seeded = await DemoSeeder.RunAsync(options, new LogWriter(log), new LogWriter(log));
        Assert.All(seeded.Programs, p => Assert.Equal(4, p.FollowUp!.Matches + p.FollowUp.RecordedForOthers));

        var program = DemoSeeder.Programs(options).Single(p => p.ProgramId == ChildWelfare);
        using var identity = new IdentityClient(new Uri(Platform.Issuer.Issuer));
        var coordinator = new TwoGateways(scaled, await identity.TokenAsync(program.Coordinator));

        // Approvals and answers sent twice at once, one copy through each gateway, with the same Idempotency-Key.
        var (answered, unanswered) = await ApproveAndAnswerTwiceAsync(coordinator, answer: 3, leaveOpen: 2);
        var contacts = await LogContactsTwiceAsync(coordinator, answered.Select(a => a.MatchId).ToList(), perMatch: 3);

        // The week goes by a day at a time: each day's sweep reminds tomorrow's appointments; the untouched offers expire.
        var weekStart = Platform.Clock.GetUtcNow();
        for (var day = 0; day < 6; day++)
        {
            Platform.Clock.Advance(TimeSpan.FromDays(1));
            await OnBothAsync(scaled.Platform.Scheduling, scaled.SecondScheduling, (PlanSweep s) => s.RunAsync(Platform.Clock.GetUtcNow()));
        }
        var weekEnd = Platform.Clock.GetUtcNow() + ReminderQueue.AppointmentLead;
        await OnBothAsync(scaled.Platform.Matching, scaled.SecondMatching, (OfferExpirySweep s) => s.RunOnceAsync());
        // Nine weeks on, the follow-ups nobody met are overdue; a year and more on, supplemental courses are.
        Platform.Clock.Advance(TimeSpan.FromDays(63));
        await OnBothAsync(scaled.Platform.Scheduling, scaled.SecondScheduling, (PlanSweep s) => s.RunAsync(Platform.Clock.GetUtcNow()));
        Platform.Clock.Advance(TimeSpan.FromDays(340));
        await OnBothAsync(scaled.Platform.Training, scaled.SecondTraining, (CertificationSweep s) => s.RunAsync(Platform.Clock.GetUtcNow()));

        // One offer per approval, one match per acceptance, each published once.
        await using (var scope = Platform.Matching.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
            var offers = await db.Offers.ToListAsync();
            var matches = await db.Matches.ToListAsync();
            foreach (var approval in answered.Concat(unanswered))
            {
                Assert.Single(offers, o => o.ReferralId == approval.ReferralId && o.SupportParentId == approval.SupportParentId);
            }
            Assert.All(answered, a => Assert.Single(matches, m => m.OfferId == a.OfferId));
            Assert.All(offers.Where(o => o.Status == OfferStatus.Accepted), o => Assert.Single(matches, m => m.OfferId == o.Id));
            await ExactlyOnceAsync(offered, m => m.OfferId, offers.Select(o => o.Id), "MatchOffered per offer");
            await ExactlyOnceAsync(made, m => m.MatchId, matches.Select(m => m.Id), "MatchMade per match");
            var expiredOffers = offers.Where(o => o.Status == OfferStatus.Expired).Select(o => o.Id).ToList();
            Assert.NotEmpty(expiredOffers);
            Assert.Subset(unanswered.Select(u => u.OfferId).ToHashSet(), expiredOffers.ToHashSet());
            await ExactlyOnceAsync(expired, m => m.OfferId, expiredOffers, "MatchOfferExpired per expired offer");
            log.WriteLine($"{offers.Count} offers, {matches.Count} matches, {expiredOffers.Count} expired");
        }

        // One follow-up plan per match, one reminder per appointment, one overdue event per item.
        await using (var scope = Platform.Scheduling.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
            var planned = await db.Matches.Select(m => m.MatchId).ToListAsync();
            Assert.Equal(planned.Count, planned.Distinct().Count());
            Assert.Superset(answered.Select(a => a.MatchId).ToHashSet(), planned.ToHashSet());
            var items = await db.PlanItems.Select(i => new { i.MatchId, i.Kind, i.Sequence }).ToListAsync();
            Assert.Equal(items.Count, items.Distinct().Count());

            var reminders = await db.Reminders.Where(r => r.Kind == ReminderKind.AppointmentTomorrow).ToListAsync();
            var remindable = await db.Appointments
                .Where(a => a.StartsAt > weekStart.AddDays(1) && a.StartsAt <= weekEnd && a.SupportParentSubject != null).Select(a => a.Id).ToListAsync();
            Assert.NotEmpty(remindable);
            Assert.All(remindable, id => Assert.Single(reminders, r => r.TargetId == id));
            Assert.All(reminders, r => Assert.NotNull(r.SentAt));

            var overdueItems = await db.PlanItems.Where(i => i.OverdueAt != null).Select(i => i.Id).ToListAsync();
            Assert.NotEmpty(overdueItems);
            await ExactlyOnceAsync(overdue, m => m.PlanItemId, overdueItems, "PlanItemOverdue per item");

            var logged = await db.Contacts.Where(c => c.ProgramId == ChildWelfare).Select(c => c.Id).ToListAsync();
            Assert.Superset(contacts.ToHashSet(), logged.ToHashSet());
            log.WriteLine($"{planned.Count} plans, {reminders.Count} appointment reminders for {remindable.Count} appointments, {overdueItems.Count} overdue items, {logged.Count} contacts");

            // One timesheet line per contact (the activity's hours; mileage is a line of its own, once too).
            await using var payrollScope = Platform.PayrollStipend.CreateScope();
            var payroll = payrollScope.ServiceProvider.GetRequiredService<PayrollStipendDbContext>();
            var lines = await Eventually.UntilAsync(
                () => payroll.Lines.AsNoTracking().Where(l => l.SourceType == SourceType.Contact && !l.IsAdjustment).ToListAsync(),
                l => logged.All(id => l.Any(x => x.SourceId == id)), TimeSpan.FromSeconds(60), "payroll to hold a line for every contact");
            Assert.All(lines.GroupBy(l => (l.SourceId, l.Code, l.SourceRevision)), g => Assert.Single(g));
            Assert.All(logged, id => Assert.Single(lines, l => l.SourceId == id && l.Code != EarningsCode.Mileage));
        }

        // One lapse per overdue certification.
        await using (var scope = Platform.Training.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
            var lapsedParents = await db.SupportParents.Where(p => p.LapsedAt != null).Select(p => p.Id).ToListAsync();
            Assert.NotEmpty(lapsedParents);
            await ExactlyOnceAsync(lapsed, m => m.SupportParentId, lapsedParents, "a lapse per support parent");
            log.WriteLine($"{lapsedParents.Count} certifications lapsed");
        }
    }

    private sealed record Approval(Guid ReferralId, Guid SupportParentId, Guid OfferId, Guid MatchId);

    /// <summary>
    /// For waiting referrals of the child-welfare program: the coordinator approves an offer to a certified support
    /// parent, sent twice at once (one through each gateway, the same key); for the first few, records the support
    /// parent's phone acceptance the same way. The others are left to expire.
    /// </summary>
    private async Task<(List<Approval> Answered, List<Approval> Unanswered)> ApproveAndAnswerTwiceAsync(TwoGateways coordinator, int answer, int leaveOpen)
    {
        var queue = await coordinator.GetAsync($"api/matching/programs/{ChildWelfare}/queue");
        var waiting = queue.GetProperty("items").EnumerateArray()
            .Where(r => !r.GetProperty("hasOpenOffer").GetBoolean()).Select(r => r.GetProperty("referralId").GetGuid()).ToList();
        Assert.True(waiting.Count >= answer + leaveOpen, $"only {waiting.Count} referrals waiting");

        var answered = new List<Approval>();
        var unanswered = new List<Approval>();
        foreach (var referralId in waiting)
        {
            if (answered.Count + unanswered.Count == answer + leaveOpen)
            {
                break;
            }
            // The coordinator approves the top suggestion (one that passes every hard constraint).
            var suggestions = await coordinator.GetAsync($"api/matching/referrals/{referralId}/suggestions");
            if (suggestions.GetProperty("suggestions").EnumerateArray().FirstOrDefault() is not { ValueKind: JsonValueKind.Object } top)
            {
                continue;
            }
            var candidate = top.GetProperty("supportParentId").GetGuid();
            var offers = await coordinator.PostTwiceAsync($"api/matching/referrals/{referralId}/offers", new { supportParentId = candidate });
            var offerId = Assert.Single(offers.Select(o => o.GetProperty("offerId").GetGuid()).Distinct());
            if (answered.Count == answer)
            {
                unanswered.Add(new Approval(referralId, candidate, offerId, Guid.Empty));
                continue;
            }
            var matches = await coordinator.PostTwiceAsync($"api/matching/offers/{offerId}/acceptance", new { channel = "phone" });
            answered.Add(new Approval(referralId, candidate, offerId, Assert.Single(matches.Select(m => m.GetProperty("matchId").GetGuid()).Distinct())));
        }
        Assert.Equal((answer, leaveOpen), (answered.Count, unanswered.Count));
        return (answered, unanswered);
    }

    /// <summary>Contacts logged on behalf of the support parents, each sent twice at once through both gateways.</summary>
    private async Task<List<Guid>> LogContactsTwiceAsync(TwoGateways coordinator, List<Guid> matchIds, int perMatch)
    {
        var ids = new List<Guid>();
        // Contacts cannot start before their match: the matches were made a moment ago, the contacts start after.
        await Task.Delay(TimeSpan.FromSeconds(3));
        foreach (var matchId in matchIds)
        {
            await Eventually.UntilAsync(
                () => coordinator.StatusAsync($"api/scheduling/programs/{ChildWelfare}/matches/{matchId}/plan"),
                status => status == HttpStatusCode.OK, TimeSpan.FromSeconds(60), "scheduling to make the follow-up plan");
            for (var n = 0; n < perMatch; n++)
            {
                var contact = new
                {
                    kind = n % 2 == 0 ? "phone" : "one-to-one", mode = n % 2 == 0 ? "phone" : "in-person",
                    startedAt = Platform.Clock.GetUtcNow().AddSeconds(-n), minutes = 20 + n, miles = n % 2 == 0 ? 0 : 7.5m,
                };
                var logged = await coordinator.PostTwiceAsync($"api/scheduling/programs/{ChildWelfare}/matches/{matchId}/contacts", contact);
                ids.Add(Assert.Single(logged.Select(c => c.GetProperty("id").GetGuid()).Distinct()));
            }
        }
        return ids;
    }

    private static async Task OnBothAsync<TEntry, TJob, TResult>(ServiceHost<TEntry> first, ServiceHost<TEntry> second, Func<TJob, Task<TResult>> run)
        where TEntry : class where TJob : notnull
    {
        async Task RunOn(ServiceHost<TEntry> host)
        {
            await using var scope = host.CreateScope();
            await run(scope.ServiceProvider.GetRequiredService<TJob>());
        }
        // Both instances at once, twice: a sweep that runs again or alongside another must change nothing more.
        for (var round = 0; round < 2; round++)
        {
            await Task.WhenAll(RunOn(first), RunOn(second), RunOn(first), RunOn(second));
        }
    }

    /// <summary>Every expected key was delivered, then nothing more came: each exactly once.</summary>
    private static async Task ExactlyOnceAsync<T>(DeliveryAudit<T> audit, Func<T, Guid> key, IEnumerable<Guid> expected, string what) where T : class
    {
        var wanted = expected.ToHashSet();
        await Eventually.UntilAsync(() => Task.FromResult(audit.Deliveries.Select(d => key(d.Message)).ToHashSet()),
            seen => wanted.IsSubsetOf(seen), TimeSpan.FromSeconds(60), what);
        await Task.Delay(TimeSpan.FromSeconds(1));
        var counts = audit.Deliveries.GroupBy(d => key(d.Message)).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(wanted, k => Assert.Equal(1, counts[k]));
        Assert.All(counts, c => Assert.Equal(1, c.Value));
    }

    /// <summary>The same call through both gateways at once, twice over, with one Idempotency-Key: every answer is the first one.</summary>
    private sealed class TwoGateways
    {
        private readonly HttpClient[] _clients;

        public TwoGateways(ScaledPlatform scaled, string token)
        {
            _clients = [.. scaled.Gateways.Select(g => new HttpClient { BaseAddress = g.Address })];
            foreach (var client in _clients)
            {
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }
        }

        public async Task<JsonElement> GetAsync(string path)
        {
            using var response = await _clients[0].GetAsync(path);
            return await response.ReadJsonAsync(HttpStatusCode.OK);
        }

        public async Task<HttpStatusCode> StatusAsync(string path)
        {
            using var response = await _clients[1].GetAsync(path);
            return response.StatusCode;
        }

        public async Task<List<JsonElement>> PostTwiceAsync(string path, object body)
        {
            var key = Guid.NewGuid().ToString("N");
            var answers = new ConcurrentBag<JsonElement>();
            async Task Send(HttpClient client)
            {
                // A copy still in flight on the other instance may answer 409 (try again); then it replays the first answer.
                for (var attempt = 0; attempt < 20; attempt++)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
                    request.Headers.Add("Idempotency-Key", key);
                    using var response = await client.SendAsync(request);
                    if (response.StatusCode == HttpStatusCode.Conflict)
                    {
                        await Task.Delay(100);
                        continue;
                    }
                    Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                    answers.Add(await response.Content.ReadFromJsonAsync<JsonElement>());
                    return;
                }
                Assert.Fail($"POST {path} was still 409 after 20 tries");
            }
            await Task.WhenAll(_clients.Concat(_clients).Select(Send));
            return [.. answers];
        }
    }

    private sealed class LogWriter(ITestOutputHelper log) : StringWriter
    {
        public override void WriteLine(string? value) => log.WriteLine(value ?? "");
    }
}
