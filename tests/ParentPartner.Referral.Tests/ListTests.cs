using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Referral.Api.Domain;
using ParentPartner.Referral.Tests.Support;
using ParentPartner.Testing;

namespace ParentPartner.Referral.Tests;

/// <summary>The coordinator's lists: filters by status, source and waiting time; keyset paging with nothing doubled or dropped.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ListTests(Platform platform) : IAsyncLifetime
{
    private readonly ReferralWorld _world = new(platform);

    public Task InitializeAsync() => _world.EnsureProgramsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Filters_by_status_and_source_return_exactly_the_matching_referrals()
    {
        var courtReceived = await _world.NewReferralAsync(TestUsers.ProgramA, b => b.WithSource("court"));
        var courtScreened = await _world.NewReferralAsync(TestUsers.ProgramA, b => b.WithSource("court"));
        await _world.MoveAsync(courtScreened, "screened");
        var schoolReceived = await _world.NewReferralAsync(TestUsers.ProgramA, b => b.WithSource("school"));
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);

        var court = await ReadAllAsync(coordinator, "source=court&status=received");

        Assert.All(court, item => Assert.Equal(("court", "received"), (item.GetProperty("source").GetString(), item.GetProperty("status").GetString())));
        var ids = court.Select(i => i.GetProperty("id").GetGuid()).ToHashSet();
        Assert.Contains(courtReceived, ids);
        Assert.DoesNotContain(courtScreened, ids);
        Assert.DoesNotContain(schoolReceived, ids);
        var expected = await _world.InDbAsync(db => db.Referrals.CountAsync(r => r.ProgramId == TestUsers.ProgramA && r.Source == ReferralSource.Court && r.Status == ReferralStatus.Received));
        Assert.Equal(expected, court.Count);

        var either = await ReadAllAsync(coordinator, "status=received&status=screened&source=court");
        Assert.Superset(new HashSet<Guid> { courtReceived, courtScreened }, either.Select(i => i.GetProperty("id").GetGuid()).ToHashSet());
    }

    [Fact]
    public async Task Waiting_longer_than_n_hours_means_in_an_open_status_that_long()
    {
        var old = await _world.NewReferralAsync();
        var oldScreened = await _world.NewReferralAsync();
        await _world.MoveAsync(oldScreened, "screened");
        var oldSettled = await _world.ReferralInAsync("information-only");
        platform.Clock.Advance(TimeSpan.FromHours(50));
        var fresh = await _world.NewReferralAsync();
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);

        var waiting = await ReadAllAsync(coordinator, "waitingLongerThanHours=48");

        var ids = waiting.Select(i => i.GetProperty("id").GetGuid()).ToHashSet();
        Assert.Contains(old, ids);
        Assert.Contains(oldScreened, ids);
        Assert.DoesNotContain(oldSettled, ids);
        Assert.DoesNotContain(fresh, ids);
        Assert.All(waiting, item =>
        {
            Assert.Contains(item.GetProperty("status").GetString(), new[] { "received", "screened", "ready-for-matching" });
            Assert.True(item.GetProperty("hoursInStatus").GetDouble() > 48);
        });

        // Screening it now restarts its wait.
        await _world.MoveAsync(old, "screened");
        var after = await ReadAllAsync(coordinator, "waitingLongerThanHours=48&status=received&status=screened");
        Assert.DoesNotContain(old, after.Select(i => i.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task Paging_visits_every_referral_once_even_when_new_ones_arrive_between_pages()
    {
        var created = new List<Guid>();
        for (var i = 0; i < 7; i++)
        {
            created.Add(await _world.NewReferralAsync(TestUsers.ProgramA, b => b.WithSource("community-organisation")));
        }
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        var expected = await _world.InDbAsync(db => db.Referrals.Where(r => r.ProgramId == TestUsers.ProgramA && r.Source == ReferralSource.CommunityOrganisation)
            .Select(r => r.Id).ToListAsync());

        var seen = new List<Guid>();
        var pages = 0;
        string? cursor = null;
        do
        {
            using var response = await coordinator.GetAsync($"/api/referrals?source=community-organisation&pageSize=3{(cursor is null ? "" : $"&cursor={cursor}")}");
            var page = await response.ReadJsonAsync();
            var items = page.GetProperty("items").EnumerateArray().ToList();
            Assert.InRange(items.Count, 1, 3);
            seen.AddRange(items.Select(i => i.GetProperty("id").GetGuid()));
            cursor = page.GetProperty("nextCursor").GetString();
            if (pages++ == 0)
            {
                // Arrives while the coordinator is on page one: newer than everything, so it shows up at the end.
                created.Add(await _world.NewReferralAsync(TestUsers.ProgramA, b => b.WithSource("community-organisation")));
            }
        }
        while (cursor is not null);

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Superset(expected.ToHashSet(), seen.ToHashSet());
        Assert.Superset(created.ToHashSet(), seen.ToHashSet());
        Assert.Equal(expected.Count + 1, seen.Count);
        var receivedAt = await _world.InDbAsync(db => db.Referrals.Where(r => seen.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => (r.ReceivedAt, r.Id)));
        Assert.Equal(seen, seen.OrderBy(id => receivedAt[id].ReceivedAt).ThenBy(id => id).ToList());
    }

    [Fact]
    public async Task A_coordinator_lists_only_their_programs_and_a_program_filter_outside_them_is_404()
    {
        var inB = await _world.NewReferralAsync(TestUsers.ProgramB);
        using var coordinatorA = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        using var coordinatorAB = await platform.GatewayClientAsync(TestUsers.CoordinatorAB);

        var seenByA = await ReadAllAsync(coordinatorA, "status=received");
        Assert.All(seenByA, item => Assert.Equal(TestUsers.ProgramA, item.GetProperty("programId").GetString()));
        Assert.DoesNotContain(inB, seenByA.Select(i => i.GetProperty("id").GetGuid()));
        var seenByAB = await ReadAllAsync(coordinatorAB, $"status=received&programId={TestUsers.ProgramB}");
        Assert.Contains(inB, seenByAB.Select(i => i.GetProperty("id").GetGuid()));

        using var other = await coordinatorA.GetAsync($"/api/referrals?programId={TestUsers.ProgramB}");
        await other.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("status=on-hold", "status")]
    [InlineData("status=Received", "status")]
    [InlineData("source=carrier-pigeon", "source")]
    [InlineData("waitingLongerThanHours=-1", "waitingLongerThanHours")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("cursor=%27%3B%20DROP%20TABLE%20referrals%3B--", "cursor")]
    [InlineData("status=received%27%20OR%201%3D1--", "status")]
    public async Task A_bad_filter_is_400_naming_the_parameter(string query, string field)
    {
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        var audited = await _world.InDbAsync(db => db.AuditLog.CountAsync());
        using var response = await coordinator.GetAsync($"/api/referrals?{query}");
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(audited, await _world.InDbAsync(db => db.AuditLog.CountAsync()));
    }

    [Theory]
    [InlineData("pageSize=abc")]
    [InlineData("waitingLongerThanHours=two")]
    public async Task A_filter_of_the_wrong_type_is_400(string query)
    {
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        using var response = await coordinator.GetAsync($"/api/referrals?{query}");
        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    private static async Task<List<JsonElement>> ReadAllAsync(HttpClient client, string query)
    {
        var items = new List<JsonElement>();
        string? cursor = null;
        do
        {
            using var response = await client.GetAsync($"/api/referrals?{query}&pageSize=200{(cursor is null ? "" : $"&cursor={cursor}")}");
            var page = await response.ReadJsonAsync();
            items.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.Clone()));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);
        Assert.Equal(items.Count, items.Select(i => i.GetProperty("id").GetGuid()).Distinct().Count());
        return items;
    }
}
