using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ParentPartner.Referral.Tests.Support;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders;
using ParentPartner.Testing.Builders.Referrals;

namespace ParentPartner.Referral.Tests;

/// <summary>
/// A corpus of bad input for every endpoint that takes a body: each is a 4xx problem (never a 500) and
/// stores nothing. Names and free text may be in any script; codes, tags and ids may not hide a look-alike.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class BadInputTests(Platform platform) : IAsyncLifetime
{
    private static readonly string Oversize = new('x', 2001);

    private readonly ReferralWorld _world = new(platform);

    /// <summary>(case, JSON path to change or "raw", raw JSON value or whole body)</summary>
    public static TheoryData<string, string, string> IntakeCorpus => new()
    {
        // malformed JSON
        { "truncated", "raw", "{\"programId\": \"test-program-a\", \"parent\": {" },
        { "not-json", "raw", "programId=test-program-a" },
        { "array-body", "raw", "[]" },
        { "trailing-garbage", "raw", "{}}" },
        // wrong types
        { "age-as-text", "child.age", "\"four\"" },
        { "age-fraction", "child.age", "4.5" },
        { "languages-as-text", "parent.preferredLanguages", "\"es\"" },
        { "father-as-text", "parent.fatherToFather", "\"yes\"" },
        { "evenings-as-number", "parent.availability.evenings", "1" },
        { "categories-as-object", "child.conditionCategories", "{\"a\":1}" },
        { "consent-time-garbage", "consent.givenAt", "\"last tuesday\"" },
        { "needs-as-array", "needs", "[]" },
        // oversize strings
        { "oversize-challenges", "needs.challenges", Q(Oversize) },
        { "oversize-reason", "needs.reasonForSupport", Q(Oversize) },
        { "oversize-county", "parent.county", Q(new string('x', 101)) },
        { "oversize-cultural-background", "parent.culturalBackground", Q(new string('x', 201)) },
        { "oversize-program", "programId", Q(new string('a', 65)) },
        { "too-many-languages", "parent.preferredLanguages", "[" + string.Join(",", Enumerable.Repeat("\"en\"", 11)) + "]" },
        { "too-many-categories", "child.conditionCategories", "[" + string.Join(",", Enumerable.Range(0, 21).Select(i => $"\"c{i}\"")) + "]" },
        // out of range
        { "negative-age", "child.age", "-1" },
        { "age-26", "child.age", "26" },
        { "age-overflow", "child.age", "99999999999" },
        // unknown enum values and fields
        { "unknown-source", "source", "\"carrier-pigeon\"" },
        { "unknown-case-stage", "case.stage", "\"adopted\"" },
        { "unknown-consent-giver", "consent.givenBy", "\"neighbour\"" },
        { "unknown-field", "parent.nickname", "\"Mo\"" },
        { "case-without-stage", "case", "{}" },
        // injection strings in structured fields
        { "sql-in-language", "parent.preferredLanguages", "[\"es'; DROP TABLE referrals;--\"]" },
        { "sql-in-category", "child.conditionCategories", "[\"autism' OR '1'='1\"]" },
        { "html-in-quality", "needs.qualitiesHopedFor", "[\"<script>alert(1)</script>\"]" },
        { "sql-in-program", "programId", "\"test-program-a' OR 1=1--\"" },
        { "path-in-organisation-id", "referrer.organisationId", "\"../../admin\"" },
        { "nul-in-name", "parent.firstName", "\"Ma\\u0000ria\"" },
        { "control-in-county", "parent.county", "\"Polk\\u001b[31m\"" },
        { "control-in-challenges", "needs.challenges", "\"fine\\u0007bell\"" },
        // mixed scripts where only ASCII codes belong
        { "cyrillic-e-in-language", "parent.preferredLanguages", "[\"\u0435n\"]" },
        { "greek-in-category", "child.conditionCategories", "[\"\u03b1utism\"]" },
        { "cjk-in-quality", "needs.qualitiesHopedFor", "[\"bilingual-\u4e2d\u6587\"]" },
        { "cyrillic-in-program", "programId", "\"test-progr\u0430m-a\"" },
        { "rtl-override-in-program", "programId", "\"test-program-a\u202e\"" },
        // inconsistent
        { "cultural-match-without-background", "needs.culturalMatch", "true" },
    };

    public static TheoryData<string, string> SelfReferralCorpus => new()
    {
        { "malformed", "{\"programId\":" },
        { "wrong-type-consent", "{\"programId\":\"test-program-a\",\"consent\":{\"agreed\":\"yes\"}}" },
        { "unknown-field", "{\"programId\":\"test-program-a\",\"source\":\"court\"}" },
        { "oversize-name", "{\"programId\":\"test-program-a\",\"parent\":{\"firstName\":\"" + new string('x', 101) + "\"}}" },
        { "injection-in-language", "{\"programId\":\"test-program-a\",\"parent\":{\"preferredLanguages\":[\"en'--\"]}}" },
        { "mixed-script-program", "{\"programId\":\"test-progr\u0430m-a\"}" },
        { "empty", "" },
    };

    public static TheoryData<string, string> StatusChangeCorpus => new()
    {
        { "malformed", "{\"status\":" },
        { "unknown-status", "{\"status\":\"on-hold\"}" },
        { "status-as-number", "{\"status\":2}" },
        { "oversize-note", "{\"status\":\"screened\",\"note\":\"" + Oversize + "\"}" },
        { "injection-in-reason", "{\"status\":\"withdrawn\",\"reason\":\"x'; UPDATE referrals SET status='Matched';--\"}" },
        { "mixed-script-topic", "{\"status\":\"information-only\",\"informationGiven\":[\"supp\u043ert-groups\"]}" },
        { "unknown-field", "{\"status\":\"screened\",\"by\":\"someone-else\"}" },
        { "empty", "" },
    };

    public static TheoryData<string, string> ProgramCorpus => new()
    {
        { "malformed", "{\"name\":" },
        { "unknown-kind", "{\"name\":\"P\",\"kind\":\"p2c\",\"timeZone\":\"America/Chicago\",\"acceptingSelfReferrals\":true}" },
        { "not-a-time-zone", "{\"name\":\"P\",\"kind\":\"p2p\",\"timeZone\":\"Central Time\",\"acceptingSelfReferrals\":true}" },
        { "injection-time-zone", "{\"name\":\"P\",\"kind\":\"p2p\",\"timeZone\":\"America/Chicago'; DROP TABLE programs;--\",\"acceptingSelfReferrals\":true}" },
        { "accepting-as-text", "{\"name\":\"P\",\"kind\":\"p2p\",\"timeZone\":\"America/Chicago\",\"acceptingSelfReferrals\":\"yes\"}" },
        { "missing-fields", "{\"name\":\"P\"}" },
        { "oversize-name", "{\"name\":\"" + new string('x', 201) + "\",\"kind\":\"p2p\",\"timeZone\":\"America/Chicago\",\"acceptingSelfReferrals\":true}" },
    };

    private const string Inquiry = "\"channel\":\"phone\",\"topics\":[\"support-groups\"],\"resourcesSent\":true,\"answeredOn\":\"2026-01-05\"";

    /// <summary>An inquiry is a tally: anything that could identify the person who asked is refused, as is anything malformed.</summary>
    public static TheoryData<string, string> InformationRequestCorpus => new()
    {
        { "malformed", "{\"channel\":" },
        { "empty", "" },
        { "array-body", "[]" },
        { "missing-fields", "{\"channel\":\"phone\"}" },
        { "unknown-channel", "{\"channel\":\"fax\",\"topics\":[\"support-groups\"],\"resourcesSent\":true,\"answeredOn\":\"2026-01-05\"}" },
        { "channel-as-number", "{\"channel\":1,\"topics\":[\"support-groups\"],\"resourcesSent\":true,\"answeredOn\":\"2026-01-05\"}" },
        { "no-topics", "{\"channel\":\"web\",\"topics\":[],\"resourcesSent\":true,\"answeredOn\":\"2026-01-05\"}" },
        { "topic-free-text", "{\"channel\":\"web\",\"topics\":[\"Asked about her son's autism\"],\"resourcesSent\":true,\"answeredOn\":\"2026-01-05\"}" },
        { "too-many-topics", "{\"channel\":\"web\",\"topics\":[" + string.Join(",", Enumerable.Range(0, 11).Select(i => $"\"t{i}\"")) + "],\"resourcesSent\":true,\"answeredOn\":\"2026-01-05\"}" },
        { "mixed-script-topic", "{\"channel\":\"web\",\"topics\":[\"supp\u043ert-groups\"],\"resourcesSent\":true,\"answeredOn\":\"2026-01-05\"}" },
        { "caller-name", "{" + Inquiry + ",\"callerName\":\"Maria Lopez\"}" },
        { "caller-phone", "{" + Inquiry + ",\"phone\":\"515-555-0100\"}" },
        { "free-text-note", "{" + Inquiry + ",\"note\":\"Mother of a 4-year-old in Polk\"}" },
        { "oversize-county", "{" + Inquiry + ",\"county\":\"" + new string('x', 101) + "\"}" },
        { "control-in-county", "{" + Inquiry + ",\"county\":\"Polk\u001b[31m\"}" },
        { "blank-county", "{" + Inquiry + ",\"county\":\"   \"}" },
        { "not-a-language", "{" + Inquiry + ",\"language\":\"Spanish please\"}" },
        { "languages-as-list", "{" + Inquiry + ",\"language\":[\"es\"]}" },
        { "resources-as-text", "{\"channel\":\"web\",\"topics\":[\"support-groups\"],\"resourcesSent\":\"yes\",\"answeredOn\":\"2026-01-05\"}" },
        { "day-garbage", "{\"channel\":\"web\",\"topics\":[\"support-groups\"],\"resourcesSent\":true,\"answeredOn\":\"last tuesday\"}" },
        { "day-with-time", "{\"channel\":\"web\",\"topics\":[\"support-groups\"],\"resourcesSent\":true,\"answeredOn\":\"2026-01-05T10:00:00Z\"}" },
        { "day-before-2000", "{\"channel\":\"web\",\"topics\":[\"support-groups\"],\"resourcesSent\":true,\"answeredOn\":\"1999-12-31\"}" },
        { "day-in-the-future", "{\"channel\":\"web\",\"topics\":[\"support-groups\"],\"resourcesSent\":true,\"answeredOn\":\"2099-01-01\"}" },
    };

    public static TheoryData<string, string> ReEntryCorpus => new()
    {
        { "malformed", "{\"enteredCareOn\":" },
        { "empty", "" },
        { "missing-day", "{}" },
        { "day-garbage", "{\"enteredCareOn\":\"yesterday\"}" },
        { "day-as-number", "{\"enteredCareOn\":20260105}" },
        { "unknown-field", "{\"enteredCareOn\":\"2026-01-05\",\"childName\":\"Sam\"}" },
        { "before-the-reunification", "{\"enteredCareOn\":\"2000-01-01\"}" },
        { "in-the-future", "{\"enteredCareOn\":\"2099-01-01\"}" },
    };

    public Task InitializeAsync() => _world.EnsureProgramsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(IntakeCorpus))]
    public async Task Bad_intake_is_a_4xx_problem_and_stores_nothing(string @case, string path, string raw)
    {
        var body = path == "raw" ? raw : Set(new ReferralRequestBuilder(TestUsers.ProgramA).WithP2pProfile().Build(), path, raw).ToJsonString();
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        await AssertRefusedAsync(@case, () => coordinator.PostAsync("/api/referrals", Json(body)));
    }

    [Theory]
    [MemberData(nameof(SelfReferralCorpus))]
    public async Task A_bad_self_referral_form_is_a_4xx_problem_and_stores_nothing(string @case, string body)
    {
        using var anonymous = platform.AnonymousClient(_world.FormGateway);
        await AssertRefusedAsync(@case, () => anonymous.PostAsync("/api/public/self-referrals", Json(body)));
    }

    [Theory]
    [MemberData(nameof(StatusChangeCorpus))]
    public async Task A_bad_screening_decision_is_a_4xx_problem_and_changes_nothing(string @case, string body)
    {
        var id = await _world.ReferralInAsync("screened");
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        await AssertRefusedAsync(@case, () => coordinator.PostAsync($"/api/referrals/{id}/status-changes", Json(body)));
        Assert.Equal(Api.Domain.ReferralStatus.Screened, await _world.InDbAsync(async db => (await db.Referrals.FindAsync(id))!.Status));
    }

    [Theory]
    [MemberData(nameof(ProgramCorpus))]
    public async Task A_bad_program_is_a_4xx_problem_and_changes_nothing(string @case, string body)
    {
        using var admin = await platform.GatewayClientAsync(TestUsers.AdminA);
        var updatedAt = await _world.ProgramUpdatedAtAsync(TestUsers.ProgramA);
        await AssertRefusedAsync(@case, () => admin.PutAsync($"/api/referrals/programs/{TestUsers.ProgramA}", Json(body)));
        Assert.Equal(updatedAt, await _world.ProgramUpdatedAtAsync(TestUsers.ProgramA));
    }

    [Theory]
    [MemberData(nameof(InformationRequestCorpus))]
    public async Task A_bad_information_request_is_a_4xx_problem_and_stores_nothing(string @case, string body)
    {
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        await AssertRefusedAsync(@case, () => coordinator.PostAsync($"/api/referrals/programs/{TestUsers.ProgramA}/information-requests", Json(body)));
    }

    [Theory]
    [MemberData(nameof(ReEntryCorpus))]
    public async Task A_bad_re_entry_is_a_4xx_problem_and_stores_nothing(string @case, string body)
    {
        var (id, _, _) = await _world.ReunifiedAsync(monthsAgo: 3);
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        await AssertRefusedAsync(@case, () => coordinator.PostAsync($"/api/referrals/{id}/re-entries", Json(body)));
    }

    [Theory]
    [InlineData("channel=fax")]
    [InlineData("answeredFrom=2026-02-01&answeredTo=2026-01-01")]
    [InlineData("answeredFrom=last-week")]
    [InlineData("pageSize=0")]
    [InlineData("cursor=not-a-cursor")]
    public async Task A_bad_information_request_query_is_a_400(string query)
    {
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        await AssertRefusedAsync(query, () => coordinator.GetAsync($"/api/referrals/programs/{TestUsers.ProgramA}/information-requests?{query}"));
    }

    [Theory]
    [InlineData("test-program-a'--")]
    [InlineData("test-progr\u0430m-a")]
    public async Task A_program_id_that_is_not_an_id_is_400(string programId)
    {
        using var admin = await platform.GatewayClientAsync(TestUsers.AdminA);
        await AssertRefusedAsync(programId, () => admin.PutAsJsonAsync($"/api/referrals/programs/{Uri.EscapeDataString(programId)}", new ProgramRequestBuilder().Build()));
    }

    [Fact]
    public async Task Names_and_free_text_in_any_script_are_kept_exactly_as_given()
    {
        var body = new ReferralRequestBuilder(TestUsers.ProgramA).WithP2pProfile()
            .WithParent("firstName", "Nguyễn Thị 李 Зоя")
            .WithParent("lastName", "O'Brien-عبد الله")
            .WithNeeds("challenges", "Robert'); DROP TABLE referrals;--\n<script>alert('x')</script>")
            .Build();
        var id = await _world.SubmitAsync(TestUsers.CoordinatorA, body);
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        using var read = await coordinator.GetAsync($"/api/referrals/{id}");
        var stored = await read.ReadJsonAsync();
        Assert.Equal("Nguyễn Thị 李 Зоя", stored.GetProperty("parent").GetProperty("firstName").GetString());
        Assert.Equal("O'Brien-عبد الله", stored.GetProperty("parent").GetProperty("lastName").GetString());
        Assert.Equal("Robert'); DROP TABLE referrals;--\n<script>alert('x')</script>", stored.GetProperty("needs").GetProperty("challenges").GetString());
    }

    private async Task AssertRefusedAsync(string @case, Func<Task<HttpResponseMessage>> send)
    {
        var before = await _world.StoredRowsAsync();
        using var response = await send();
        var status = (int)response.StatusCode;
        Assert.True(status is >= 400 and < 500 and not 401 and not 403 and not 404, $"{@case}: {status} {await response.Content.ReadAsStringAsync()}");
        await response.AssertProblemAsync(response.StatusCode);
        Assert.Equal(before, await _world.StoredRowsAsync());
    }

    private static JsonObject Set(JsonObject body, string path, string raw)
    {
        var segments = path.Split('.');
        var node = body;
        foreach (var segment in segments[..^1])
        {
            node = (JsonObject)(node[segment] ??= new JsonObject());
        }
        node[segments[^1]] = JsonNode.Parse(raw);
        return body;
    }

    private static string Q(string value) => "\"" + value + "\"";

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
