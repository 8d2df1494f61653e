using System.Net;
using System.Net.Http.Json;
using System.Text;
using ParentPartner.Testing;

namespace ParentPartner.PayrollStipend.Tests;

/// <summary>Wrong role → 403; another program's ids → 404; bad input → 400 problem with nothing stored (never 500).</summary>
[Collection(PlatformCollection.Name)]
public sealed class AccessAndInputTests(Platform platform)
{
    private readonly PayrollDriver _payroll = new(platform);
    private static readonly Guid AnyId = Guid.NewGuid();

    public static TheoryData<string, string, string> WrongRole => new()
    {
        { "support-parent approves", "POST", $"/timesheets/{AnyId}/approval" },
        { "support-parent exports", "POST", $"/periods/{AnyId}/exports" },
        { "support-parent reads the program's timesheets", "GET", "/timesheets" },
        { "support-parent writes a policy", "POST", "/policies" },
        { "support-parent reads the 1099 list", "GET", "/tax-years/2026/contractors" },
        { "support-parent reads the worklist", "GET", "/worklist" },
    };

    [Theory]
    [MemberData(nameof(WrongRole))]
    public async Task A_support_parent_gets_403_on_staff_routes(string why, string method, string path)
    {
        using var client = await _payroll.As(TestUsers.SupportParentA);
        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), PayrollDriver.Programs() + path) { Content = method == "POST" ? JsonContent.Create(new { }) : null });
        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.NotEmpty(why);
    }

    [Theory]
    [InlineData("program-coordinator approves", "/timesheets/{0}/approval")]
    [InlineData("program-coordinator exports", "/periods/{0}/exports")]
    [InlineData("program-coordinator records a payment", "/periods/{0}/payments")]
    [InlineData("program-coordinator adjusts", "/adjustments")]
    public async Task Only_a_payroll_approver_approves_exports_pays_and_adjusts(string why, string path)
    {
        using var response = await _payroll.PostAsync(TestUsers.CoordinatorA, PayrollDriver.Programs() + string.Format(path, AnyId), new { });
        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.NotEmpty(why);
    }

    [Fact]
    public async Task Staff_get_403_on_me_routes_and_an_approver_on_staff_reads_gets_200()
    {
        using var approver = await _payroll.As(TestUsers.PayrollApproverA);
        await (await approver.GetAsync("/api/payroll/me/statements")).AssertProblemAsync(HttpStatusCode.Forbidden);
        using var coordinator = await _payroll.As(TestUsers.CoordinatorA);
        await (await coordinator.GetAsync($"{PayrollDriver.Programs()}/periods")).ReadJsonAsync();
        await (await coordinator.GetAsync($"{PayrollDriver.Programs()}/worklist")).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Another_programs_ids_and_programs_are_404()
    {
        var person = Guid.NewGuid();
        await _payroll.ContactAsync(person, new DateOnly(2029, 9, 1));
        var sheet = await _payroll.TimesheetForAsync(person, new DateOnly(2029, 9, 1));
        var id = PayrollDriver.Id(sheet);

        using var coordinatorB = await _payroll.As(TestUsers.CoordinatorB);
        await (await coordinatorB.GetAsync($"{PayrollDriver.Programs()}/timesheets/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await coordinatorB.GetAsync($"{PayrollDriver.Programs(TestUsers.ProgramB)}/timesheets/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        using var approverA = await _payroll.As(TestUsers.PayrollApproverA);
        await (await approverA.GetAsync($"{PayrollDriver.Programs(TestUsers.ProgramB)}/periods")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await approverA.GetAsync("/api/payroll/programs/NOT a program!/periods")).AssertProblemAsync(HttpStatusCode.NotFound);
        using var export = await _payroll.PostAsync(TestUsers.PayrollApproverA, $"{PayrollDriver.Programs()}/periods/{Guid.NewGuid()}/exports", new { kind = "payroll-csv" });
        await export.AssertProblemAsync(HttpStatusCode.NotFound);
        // Another support parent of the same program cannot see it either.
        using var other = await _payroll.As(TestUsers.SupportParentA2);
        await (await other.GetAsync($"{PayrollDriver.Programs()}/timesheets/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        using var submit = await _payroll.PostAsync(TestUsers.SupportParentA2, $"{PayrollDriver.Programs()}/timesheets/{id}/submission");
        await submit.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    public static TheoryData<string, string, string> BadBodies => new()
    {
        { "policy without a date", "/policies", """{"hourlyRates":{"one-to-one":20}}""" },
        { "policy with an unknown kind", "/policies", """{"effectiveFrom":"2030-01-01","hourlyRates":{"lunch":20}}""" },
        { "policy with a negative rate", "/policies", """{"effectiveFrom":"2030-01-01","hourlyRates":{"one-to-one":-1}}""" },
        { "policy with sub-cent stipend", "/policies", """{"effectiveFrom":"2030-01-01","hourlyRates":{},"matchStipendMonthly":10.001}""" },
        { "policy with an unknown member", "/policies", """{"effectiveFrom":"2030-01-01","hourlyRates":{},"bonus":5}""" },
        { "policy with a string rate", "/policies", """{"effectiveFrom":"2030-01-01","hourlyRates":{"one-to-one":"twenty"}}""" },
        { "policy as an array", "/policies", "[]" },
        { "not JSON", "/policies", "{" },
        { "adjustment of zero", "/adjustments", $$"""{"supportParentId":"{{Guid.NewGuid()}}","amount":0,"reason":"x"}""" },
        { "adjustment without a reason", "/adjustments", $$"""{"supportParentId":"{{Guid.NewGuid()}}","amount":5}""" },
        { "adjustment with a control character", "/adjustments", $$"""{"supportParentId":"{{Guid.NewGuid()}}","amount":5,"reason":"a\u0000b"}""" },
        { "adjustment with an unknown code", "/adjustments", $$"""{"supportParentId":"{{Guid.NewGuid()}}","amount":5,"reason":"x","code":"bonus"}""" },
        { "export of an unknown kind", $"/periods/{AnyId}/exports", """{"kind":"pdf"}""" },
        { "export without a kind", $"/periods/{AnyId}/exports", "{}" },
        { "payment without a date", $"/periods/{AnyId}/payments", "{}" },
        { "payment in 1066", $"/periods/{AnyId}/payments", """{"paidOn":"1066-10-14"}""" },
        { "return without a comment", $"/timesheets/{AnyId}/return", "{}" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_input_is_a_400_problem_and_stores_nothing(string why, string path, string body)
    {
        await _payroll.EnsureBasePolicyAsync();
        var before = await _payroll.StoredAsync();
        using var client = await _payroll.As(TestUsers.PayrollApproverA);
        using var response = await client.PostAsync(PayrollDriver.Programs() + path, new StringContent(body, Encoding.UTF8, "application/json"));
        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(before, await _payroll.StoredAsync());
        Assert.NotEmpty(why);
    }

    [Theory]
    [InlineData("""{"timeZone":"Mars/Olympus","frequency":"monthly","periodAnchor":"2025-12-29","payDateLagDays":5,"unitRounding":"up","billingCode":"H0038","holdUntilW9":true}""")]
    [InlineData("""{"timeZone":"America/Chicago","frequency":"fortnightly","periodAnchor":"2025-12-29","payDateLagDays":5,"unitRounding":"up","billingCode":"H0038","holdUntilW9":true}""")]
    [InlineData("""{"timeZone":"America/Chicago","frequency":"monthly","periodAnchor":"2025-12-29","payDateLagDays":99,"unitRounding":"up","billingCode":"H0038","holdUntilW9":true}""")]
    public async Task Bad_settings_are_refused_and_the_settings_stay(string body)
    {
        using var client = await _payroll.As(TestUsers.PayrollApproverA);
        var before = await (await client.GetAsync($"{PayrollDriver.Programs()}/settings")).Content.ReadAsStringAsync();
        using var response = await client.PutAsync($"{PayrollDriver.Programs()}/settings", new StringContent(body, Encoding.UTF8, "application/json"));
        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(before, await (await client.GetAsync($"{PayrollDriver.Programs()}/settings")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_policy_created_twice_with_one_idempotency_key_is_one_version()
    {
        await _payroll.EnsureBasePolicyAsync();
        var body = new { effectiveFrom = "2040-01-01", hourlyRates = new Dictionary<string, decimal> { ["court-hearing"] = 25m } };
        var key = $"policy-{Guid.NewGuid()}";
        using var first = await _payroll.PostAsync(TestUsers.PayrollApproverA, $"{PayrollDriver.Programs()}/policies", body, key);
        var created = await first.ReadJsonAsync(HttpStatusCode.Created);
        var stored = await _payroll.StoredAsync();
        using var second = await _payroll.PostAsync(TestUsers.PayrollApproverA, $"{PayrollDriver.Programs()}/policies", body, key);
        Assert.Equal(created.GetProperty("id").GetGuid(), (await second.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid());
        Assert.Equal(stored, await _payroll.StoredAsync());
    }

    [Fact]
    public async Task A_support_parent_sees_their_own_statements_and_year_to_date()
    {
        var person = Guid.NewGuid();
        await _payroll.ContactAsync(person, new DateOnly(2029, 10, 2), subject: TestUsers.SupportParentA.Subject);
        using var client = await _payroll.As(TestUsers.SupportParentA);
        var statements = await (await client.GetAsync("/api/payroll/me/statements?limit=200")).ReadJsonAsync();
        var mine = statements.GetProperty("items").EnumerateArray().Single(s => s.GetProperty("supportParentId").GetGuid() == person);
        var detail = await (await client.GetAsync($"/api/payroll/me/statements/{mine.GetProperty("id").GetGuid()}")).ReadJsonAsync();
        Assert.Equal(20m, PayrollDriver.Total(detail));
        var ytd = await (await client.GetAsync("/api/payroll/me/year-to-date?year=2029")).ReadJsonAsync();
        Assert.Equal(0m, ytd.GetProperty("paid").GetDecimal()); // nothing paid yet
        Assert.Equal(2000m, ytd.GetProperty("form1099Threshold").GetDecimal()); // payments made in 2029

        using var other = await _payroll.As(TestUsers.SupportParentA2);
        await (await other.GetAsync($"/api/payroll/me/statements/{mine.GetProperty("id").GetGuid()}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await other.GetAsync("/api/payroll/me/year-to-date?year=1800")).AssertProblemAsync(HttpStatusCode.BadRequest);
    }
}
