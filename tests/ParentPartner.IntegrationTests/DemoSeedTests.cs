using System.Text.Json;
using ParentPartner.DemoSeed;
using ParentPartner.DemoSeed.Api;
using ParentPartner.DemoSeed.Programs;
using ParentPartner.Testing;
using Xunit.Abstractions;

namespace ParentPartner.IntegrationTests;

/// <summary>
/// The demo seeder `pp up` runs, against this platform with small counts and the demo users of the dev
/// issuer: both programs set up in every service, referrals screened into matching's queue, support
/// parents trained into matching's pool, suggestions with candidates; and a second run writes nothing.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class DemoSeedTests(Platform platform, ITestOutputHelper log)
{
    private const int Referrals = 24;
    private const int SupportParents = 14;

    [Fact]
    public async Task Demo_seed_sets_up_both_programs_fills_matching_and_a_second_run_writes_nothing()
    {
        var options = new SeedOptions(platform.Gateway.Address, new Uri(platform.Issuer.Issuer), DryRun: false)
        {
            Referrals = Referrals,
            SupportParents = SupportParents,
            RequestsPerSecond = 0,
        };

        var first = await SeedAsync(options);
        Assert.All(first.Programs, program =>
        {
            // Referral, matching and reporting start unconfigured; training's defaults already suit Iowa.
            Assert.InRange(program.Settings!.Written, 3, 4);
            Assert.Equal(Referrals, program.Referrals!.Submitted);
            Assert.Equal(SupportParents, program.Training!.Applied);
            Assert.Equal(2, program.FollowUp!.Matches);
            Assert.Equal(2, program.FollowUp.RecordedForOthers);
            Assert.StartsWith("webcal://", program.FollowUp.FeedUrl);
        });

        using var identity = new IdentityClient(new Uri(platform.Issuer.Issuer));
        var seen = new Dictionary<string, (int Referrals, int SupportParents, int Cohorts)>();
        foreach (var program in DemoSeeder.Programs(options))
        {
            using var admin = new GatewayClient(platform.Gateway.Address, await identity.TokenAsync(program.Admin), new RequestPacer(0));
            await AssertSettingsAsync(admin, program);

            var referrals = await admin.ListAsync<JsonElement>($"api/referrals?programId={program.ProgramId}", "pageSize");
            Assert.Equal(Referrals, referrals.Count);
            // The four the seeder matched (one since ended) were ready too; whether referral has heard of it yet does not matter here.
            var ready = referrals.Count(r => r.GetProperty("status").GetString() is "ready-for-matching" or "matched" or "closed");
            Assert.InRange(ready, 3, Referrals);
            var followUp = first.Programs.Single(p => p.ProgramId == program.ProgramId).FollowUp!;
            var matched = followUp.Matches + followUp.RecordedForOthers;

            var roster = await admin.ListAsync<JsonElement>($"api/training/programs/{program.ProgramId}/support-parents", "limit");
            Assert.Equal(SupportParents, roster.Count);
            var certified = roster.Count(p => p.GetProperty("status").GetString() == "certified");
            Assert.True(certified >= SupportParents / 2, $"{program.ProgramId}: only {certified} of {SupportParents} certified");
            Assert.Contains(roster, p => p.GetProperty("status").GetString() == "in-training");
            if (program.Kind == ProgramKind.ChildWelfare)
            {
                Assert.Contains(roster, p => p.GetProperty("status").GetString() == "not-yet-eligible");
            }
            using var account = new GatewayClient(platform.Gateway.Address, await identity.TokenAsync(program.SupportParentAccount), new RequestPacer(0));
            var own = await account.GetAsync<JsonElement>("api/training/me/profile");
            Assert.Equal("certified", own.GetProperty("status").GetString());

            var cohorts = await admin.ListAsync<JsonElement>($"api/training/programs/{program.ProgramId}/cohorts", "limit");
            Assert.All(cohorts, c => Assert.InRange(c.GetProperty("capacity").GetInt32(), 8, 12));

            // Training's certifications and referral's screening reach matching through the broker.
            await Eventually.UntilAsync(
                () => admin.GetAsync<List<JsonElement>>($"api/matching/programs/{program.ProgramId}/pool"),
                pool => pool.Count(m => m.GetProperty("certified").GetBoolean()) == certified,
                TimeSpan.FromSeconds(60), $"{program.ProgramId}: matching's pool to hold the {certified} certified support parents");
            var queue = await Eventually.UntilAsync(
                () => admin.GetAsync<JsonElement>($"api/matching/programs/{program.ProgramId}/queue"),
                q => q.GetProperty("waiting").GetInt32() == ready - matched,
                TimeSpan.FromSeconds(60), $"{program.ProgramId}: matching's queue to hold the {ready - matched} referrals ready and not matched");

            var withCandidates = 0;
            foreach (var item in queue.GetProperty("items").EnumerateArray())
            {
                var suggestions = await admin.GetAsync<JsonElement>($"api/matching/referrals/{item.GetProperty("referralId").GetGuid()}/suggestions?k=3");
                withCandidates += suggestions.GetProperty("suggestions").GetArrayLength() > 0 ? 1 : 0;
            }
            log.WriteLine($"{program.ProgramId}: {ready} ready, {certified} certified, {withCandidates} of {ready} queued referrals have suggestions");
            Assert.True(withCandidates * 2 >= ready - matched, $"{program.ProgramId}: only {withCandidates} of {ready - matched} queued referrals have a candidate");

            // The demo account's week: its two matches, the hearing, the team meeting and the group, and a feed that opens.
            var week = await account.GetAsync<JsonElement>("api/scheduling/me/week");
            Assert.Equal(2, week.GetProperty("matches").GetArrayLength());
            var kinds = week.GetProperty("appointments").EnumerateArray().Select(a => a.GetProperty("kind").GetString()).ToList();
            Assert.Contains("court-hearing", kinds);
            Assert.Contains("family-team-meeting", kinds);
            Assert.Contains("support-group", kinds);
            var matchId = week.GetProperty("matches")[0].GetProperty("matchId").GetGuid();
            var plan = await account.GetAsync<JsonElement>($"api/scheduling/programs/{program.ProgramId}/matches/{matchId}/plan");
            Assert.Contains(plan.GetProperty("items").EnumerateArray(), i => i.GetProperty("kind").GetString() == "first-contact" && i.GetProperty("status").GetString() == "met");
            var feedUrl = first.Programs.Single(p => p.ProgramId == program.ProgramId).FollowUp!.FeedUrl!;
            using var anonymous = platform.AnonymousClient();
            var feed = await anonymous.GetStringAsync(new Uri(feedUrl.Replace("webcal://", "http://")).PathAndQuery);
            Assert.Contains("RRULE:FREQ=WEEKLY", feed);
            Assert.Contains("SUMMARY:Court hearing", feed);

            // A paid program: the account's pay statements, and timesheets waiting for the payroll approver.
            if (program.Kind == ProgramKind.ChildWelfare)
            {
                var statements = await account.ListAsync<JsonElement>("api/payroll/me/statements", "limit");
                Assert.True(statements.Any(s => s.GetProperty("status").GetString() == "submitted" && s.GetProperty("total").GetDecimal() > 0),
                    string.Join("; ", statements.Select(s => $"{s.GetProperty("status").GetString()} {s.GetProperty("total").GetDecimal()}")));
                using var approver = new GatewayClient(platform.Gateway.Address, await identity.TokenAsync("payroll.iowa"), new RequestPacer(0));
                var waiting = await approver.ListAsync<JsonElement>($"api/payroll/programs/{program.ProgramId}/timesheets?status=submitted", "limit");
                Assert.True(waiting.Count >= 2, $"{program.ProgramId}: {waiting.Count} timesheets to approve");
                Assert.Contains(waiting, s => s.GetProperty("submittedOnBehalf").GetBoolean());
            }

            seen[program.ProgramId] = (referrals.Count, roster.Count, cohorts.Count);
        }

        var second = await SeedAsync(options);
        Assert.Equal(0, second.Writes);
        foreach (var program in DemoSeeder.Programs(options))
        {
            using var admin = new GatewayClient(platform.Gateway.Address, await identity.TokenAsync(program.Admin), new RequestPacer(0));
            Assert.Equal(seen[program.ProgramId], (
                (await admin.ListAsync<JsonElement>($"api/referrals?programId={program.ProgramId}", "pageSize")).Count,
                (await admin.ListAsync<JsonElement>($"api/training/programs/{program.ProgramId}/support-parents", "limit")).Count,
                (await admin.ListAsync<JsonElement>($"api/training/programs/{program.ProgramId}/cohorts", "limit")).Count));
        }
    }

    private async Task<SeedReport> SeedAsync(SeedOptions options)
    {
        using var output = new StringWriter();
        var report = await DemoSeeder.RunAsync(options, output, output);
        log.WriteLine(output.ToString());
        Assert.False(report.Failed, output.ToString());
        return report;
    }

    private static async Task AssertSettingsAsync(GatewayClient admin, DemoProgram program)
    {
        var id = program.ProgramId;
        var kind = program.Kind == ProgramKind.P2p ? "p2p" : "child-welfare";

        var registered = await admin.GetAsync<JsonElement>($"api/referrals/programs/{id}");
        Assert.Equal(kind, registered.GetProperty("kind").GetString());
        Assert.Equal(program.TimeZone, registered.GetProperty("timeZone").GetString());

        var training = await admin.GetAsync<JsonElement>($"api/training/programs/{id}/settings");
        Assert.Equal(program.TimeZone, training.GetProperty("timeZone").GetString());
        Assert.Equal(program.DefaultMaxCaseload, training.GetProperty("defaultMaxCaseload").GetInt32());

        var matching = await admin.GetAsync<JsonElement>($"api/matching/programs/{id}/settings");
        Assert.Equal(program.MatchingWeights.County, matching.GetProperty("weights").GetProperty("county").GetInt32());

        var reporting = await admin.GetAsync<JsonElement>($"api/reports/programs/{id}/settings");
        Assert.True(reporting.GetProperty("configured").GetBoolean());
        Assert.Equal(program.StateCode, reporting.GetProperty("stateCode").GetString());
        Assert.Equal(kind, reporting.GetProperty("kind").GetString());
    }
}
