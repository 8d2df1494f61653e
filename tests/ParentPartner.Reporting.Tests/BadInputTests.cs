using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Tests.Support;
using ParentPartner.Testing;
using Endpoint = ParentPartner.Reporting.Tests.Support.Endpoint;

namespace ParentPartner.Reporting.Tests;

/// <summary>Bad input on every endpoint: a 4xx problem that says which field, and nothing stored.</summary>
[Collection(PlatformCollection.Name)]
public sealed class BadInputTests(Platform platform)
{
    private const string A = TestUsers.ProgramA;

    public static TheoryData<string, string, string> BadPeriods()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var report in new[] { "summary", "time-to-match", "roster-gaps", "follow-up", "payroll" })
        {
            data.Add(report, "from=2020-13-01", "from");
            data.Add(report, "to=yesterday", "to");
            data.Add(report, "from=2020-06-01&to=2020-05-31", "to");
            data.Add(report, "from=1999-12-31", "from");
            data.Add(report, "to=20200101", "to");
            data.Add(report, "format=xml", "format");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(BadPeriods))]
    public async Task A_bad_period_or_format_is_a_400_naming_the_field(string report, string query, string field)
    {
        using var client = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        using var response = await client.GetAsync($"/api/reports/programs/{A}/{report}?{query}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
    }

    public static TheoryData<string> ProgramEndpoints() => [.. Endpoint.All.Where(e => e.Program).Select(e => e.Name)];

    [Theory]
    [MemberData(nameof(ProgramEndpoints))]
    public async Task A_malformed_program_id_is_a_400_on_every_endpoint(string name)
    {
        var endpoint = Endpoint.Named(name);
        var user = name is "summary" or "time-to-match" or "roster-gaps" or "follow-up" or "payroll" ? TestUsers.CoordinatorA : TestUsers.AdminA;
        var before = await StoredAsync();
        using var client = await platform.GatewayClientAsync(user);

        foreach (var programId in new[] { new string('a', 65), "a program", "-leading-dash" })
        {
            using var response = await client.SendAsync(endpoint.Request(programId));
            var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty("programId", out _), problem.GetRawText());
        }
        Assert.Equal(before, await StoredAsync());
    }

    public static TheoryData<string, string> BadSettings() => new()
    {
        { """{"stateCode":"XX","programName":"P","kind":"p2p"}""", "stateCode" },
        { """{"stateCode":"IOWA","programName":"P","kind":"p2p"}""", "stateCode" },
        { """{"programName":"P","kind":"p2p"}""", "stateCode" },
        { """{"stateCode":"IA","kind":"p2p"}""", "programName" },
        { """{"stateCode":"IA","programName":"   ","kind":"p2p"}""", "programName" },
        { """{"stateCode":"IA","programName":"P","kind":"p2p","targetHours":0}""", "targetHours" },
        { """{"stateCode":"IA","programName":"P","kind":"p2p","targetHours":100000}""", "targetHours" },
        { """{"stateCode":"IA","programName":"P"}""", "kind" },
        { """{"stateCode":"IA","programName":"P","kind":"hospital"}""", "" },
        { """{"stateCode":"IA","programName":"P","kind":"p2p","colour":"blue"}""", "" },
        { """{"stateCode":"IA","programName":"P","kind":"p2p",""", "" },
        { """{"stateCode":"IA","programName":"P","kind":"p2p","targetHours":4.5}""", "" },
        { """{"stateCode":"IA","programName":"P\u0007","kind":"p2p"}""", "programName" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task Bad_settings_are_a_400_and_the_old_settings_stay(string body, string field)
    {
        var before = await StoredAsync();
        using var client = await platform.GatewayClientAsync(TestUsers.AdminA);
        using var response = await client.PutAsync($"/api/reports/programs/{A}/settings", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        if (field.Length > 0)
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
        }
        Assert.Equal(before, await StoredAsync());
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1999")]
    [InlineData("20200")]
    [InlineData("+2020")]
    [InlineData("NEXT")]
    public async Task A_bad_year_is_a_400_for_the_report_its_draft_and_its_approval_and_nothing_is_sent(string year)
    {
        var bad = year == "NEXT" ? (platform.Clock.GetUtcNow().Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : year;
        var before = await StoredAsync();
        using var client = await platform.GatewayClientAsync(TestUsers.AdminA);

        using var report = await client.GetAsync($"/api/reports/programs/{A}/annual-reports/{bad}");
        using var approval = await client.PostAsync($"/api/reports/programs/{A}/annual-reports/{bad}/approval", null);
        using var draft = await client.PostAsync($"/api/reports/programs/{A}/annual-reports/{bad}/drafts", null);

        foreach (var response in new[] { report, approval, draft })
        {
            var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty("year", out _), problem.GetRawText());
        }
        Assert.Equal(before, await StoredAsync());
    }

    [Fact]
    public async Task Approval_before_the_programs_settings_exist_is_a_422_and_nothing_is_sent()
    {
        await using (var scope = platform.Reporting.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
            await db.Settings.Where(s => s.ProgramId == TestUsers.ProgramB).ExecuteDeleteAsync();
        }
        var before = await StoredAsync(TestUsers.ProgramB);
        using var client = await platform.GatewayClientAsync(TestUsers.AdminB);

        using var response = await client.PostAsync($"/api/reports/programs/{TestUsers.ProgramB}/annual-reports/2011/approval", null);

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("settings", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await StoredAsync(TestUsers.ProgramB));
        using var report = await client.GetAsync($"/api/reports/programs/{TestUsers.ProgramB}/annual-reports/2011");
        Assert.False((await report.ReadJsonAsync()).GetProperty("canApprove").GetBoolean());
    }

    [Fact]
    public async Task An_overlong_idempotency_key_is_a_400_and_nothing_is_sent()
    {
        var before = await StoredAsync();
        using var client = await platform.GatewayClientAsync(TestUsers.AdminA);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/reports/programs/{A}/annual-reports/2011/approval");
        request.Headers.Add("Idempotency-Key", new string('k', 101));

        using var response = await client.SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(before, await StoredAsync());
    }

    [Fact]
    public async Task A_body_where_none_belongs_changes_nothing_either()
    {
        var before = await StoredAsync();
        using var client = await platform.GatewayClientAsync(TestUsers.AdminA);

        using var response = await client.PutAsJsonAsync($"/api/reports/programs/{A}/settings", new[] { 1, 2, 3 });

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(before, await StoredAsync());
    }

    private async Task<string> StoredAsync(string programId = A)
    {
        await using var scope = platform.Reporting.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var settings = await db.Settings.AsNoTracking().Where(s => s.ProgramId == programId)
            .Select(s => s.StateCode + "|" + s.ProgramName + "|" + s.Kind + "|" + s.TargetHours + "|" + s.UpdatedAt).FirstOrDefaultAsync();
        return string.Join(";",
            settings ?? "none",
            await db.AnnualReportSubmissions.CountAsync(s => s.ProgramId == programId),
            await db.AnnualReportDrafts.CountAsync(d => d.ProgramId == programId),
            await db.OutboxMessages.CountAsync(),
            await db.IdempotencyRecords.CountAsync());
    }
}
