using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParentPartner.Contracts.Referrals;
using ParentPartner.Referral.Tests.Support;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders.Referrals;

namespace ParentPartner.Referral.Tests;

/// <summary>
/// The information-request tally: an answered inquiry recorded in a few fields with no personal data, listed for
/// the program, published, and counted by reporting in the program's summary and in the annual draft beside the
/// information-only referrals.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class InformationRequestTests(Platform platform) : IAsyncLifetime
{
    private const string A = TestUsers.ProgramA;
    private readonly ReferralWorld _world = new(platform);

    public Task InitializeAsync() => _world.EnsureProgramsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_coordinator_records_an_inquiry_once_per_key_it_is_listed_and_published_without_personal_data()
    {
        await using var published = await DeliveryAudit<InformationRequestRecorded>.StartAsync(platform.Broker);
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        var answeredOn = new DateOnly(2026, 3, 2);
        var key = "inquiry-" + Guid.NewGuid();

        var recorded = await PostAsync(coordinator, InformationRequestBuilder.Answered(answeredOn, "walk-in", "Polk", "es-MX", "respite-care", "support-groups", "respite-care"), key);
        var again = await PostAsync(coordinator, InformationRequestBuilder.Answered(answeredOn, "walk-in", "Polk", "es-MX", "respite-care", "support-groups", "respite-care"), key);

        var id = recorded.GetProperty("id").GetGuid();
        Assert.Equal(id, again.GetProperty("id").GetGuid());
        Assert.Equal(("walk-in", "Polk", "es-MX", true, "2026-03-02", TestUsers.CoordinatorA.Subject),
            (recorded.GetProperty("channel").GetString(), recorded.GetProperty("county").GetString(), recorded.GetProperty("language").GetString(),
             recorded.GetProperty("resourcesSent").GetBoolean(), recorded.GetProperty("answeredOn").GetString(), recorded.GetProperty("recordedBy").GetString()));
        Assert.Equal(["respite-care", "support-groups"], recorded.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(1, await _world.InDbAsync(db => Task.FromResult(db.InformationRequests.Count(r => r.Id == id))));

        var sent = (await Eventually.UntilAsync(() => Task.FromResult(published.Deliveries.Where(d => d.Message.InquiryId == id).ToList()), d => d.Count > 0, what: "InformationRequestRecorded"))[0].Message;
        Assert.Equal((A, "walk-in", "Polk", "es-MX", answeredOn), (sent.ProgramId, sent.Channel, sent.County, sent.Language, sent.AnsweredOn));
        await Task.Delay(500);
        Assert.Single(published.Deliveries, d => d.Message.InquiryId == id);

        var second = (await PostAsync(coordinator, InformationRequestBuilder.Answered(answeredOn.AddDays(1), "web"))).GetProperty("id").GetGuid();
        var page = await ListAsync(coordinator, "pageSize=1");
        Assert.Equal([second], page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        var next = await ListAsync(coordinator, $"pageSize=1&cursor={page.GetProperty("nextCursor").GetString()}");
        Assert.Equal([id], next.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        var walkIns = await ListAsync(coordinator, "channel=walk-in&answeredFrom=2026-03-02&answeredTo=2026-03-02&pageSize=200");
        Assert.Contains(id, walkIns.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.DoesNotContain(second, walkIns.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));

        // Program B's coordinator sees none of program A's tally.
        using var other = await platform.GatewayClientAsync(TestUsers.CoordinatorB);
        using var foreign = await other.GetAsync($"/api/referrals/programs/{TestUsers.ProgramB}/information-requests?pageSize=200");
        Assert.DoesNotContain((await foreign.ReadJsonAsync()).GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task Reporting_counts_the_inquiry_in_the_summary_and_in_the_annual_draft_beside_information_only_referrals()
    {
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        using var admin = await platform.GatewayClientAsync(TestUsers.AdminA);
        using (var settings = await admin.PutAsJsonAsync($"/api/reports/programs/{A}/settings", new { stateCode = "IA", programName = "Iowa P2P", kind = "p2p", timeZone = "America/Chicago" }))
        {
            await settings.ReadJsonAsync();
        }
        const int year = 2025;
        var draftBefore = await DraftInformationRequestsAsync(admin, year);
        var day = new DateOnly(year, 11, 17);
        var summaryBefore = await SummaryAsync(coordinator, day, _ => true);

        await PostAsync(coordinator, InformationRequestBuilder.Answered(day, "phone", "Story", "en", "diagnosis-resources"));
        await PostAsync(coordinator, InformationRequestBuilder.Answered(day, "event", null, null, "support-groups"));

        var summary = await SummaryAsync(coordinator, day, s => s.GetProperty("inquiries").GetInt32() == summaryBefore.GetProperty("inquiries").GetInt32() + 2);
        Assert.Equal(summaryBefore.GetProperty("informationRequests").GetInt32() + 2, summary.GetProperty("informationRequests").GetInt32());
        var byChannel = summary.GetProperty("inquiriesByChannel");
        Assert.True(byChannel.GetProperty("phone").GetInt32() >= 1 && byChannel.GetProperty("event").GetInt32() >= 1, byChannel.GetRawText());

        var draft = await DraftInformationRequestsAsync(admin, year);
        Assert.Equal(draftBefore.Total + 2, draft.Total);
        Assert.Equal(draftBefore.Inquiries + 2, draft.Inquiries);
        Assert.Equal(draft.Total, draft.InformationOnly + draft.Inquiries);
    }

    private sealed record DraftTally(int Total, int InformationOnly, int Inquiries);

    private static async Task<DraftTally> DraftInformationRequestsAsync(HttpClient admin, int year)
    {
        using var response = await admin.PostAsync($"/api/reports/programs/{A}/annual-reports/{year}/drafts", null);
        var draft = await response.ReadJsonAsync(HttpStatusCode.Created);
        var figure = draft.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "information-requests");
        var details = draft.GetProperty("details");
        Assert.Equal(figure.GetProperty("count").GetInt32(), details.GetProperty("informationRequests").GetInt32());
        return new DraftTally(figure.GetProperty("count").GetInt32(), details.GetProperty("informationOnlyReferrals").GetInt32(), details.GetProperty("inquiries").GetProperty("total").GetInt32());
    }

    private async Task<JsonElement> SummaryAsync(HttpClient coordinator, DateOnly day, Func<JsonElement, bool> expected)
    {
        var text = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return await Eventually.UntilAsync(
            async () =>
            {
                using var response = await coordinator.GetAsync($"/api/reports/programs/{A}/summary?from={text}&to={text}");
                return (await response.ReadJsonAsync()).Clone();
            },
            expected,
            TimeSpan.FromSeconds(60),
            "reporting's summary to count the inquiries");
    }

    private static async Task<JsonElement> PostAsync(HttpClient coordinator, System.Text.Json.Nodes.JsonObject body, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/referrals/programs/{A}/information-requests") { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }
        using var response = await coordinator.SendAsync(request);
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    private static async Task<JsonElement> ListAsync(HttpClient coordinator, string query)
    {
        using var response = await coordinator.GetAsync($"/api/referrals/programs/{A}/information-requests?{query}");
        return await response.ReadJsonAsync();
    }
}
