using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Tests.Support;
using ParentPartner.Testing;
using Endpoint = ParentPartner.Reporting.Tests.Support.Endpoint;

namespace ParentPartner.Reporting.Tests;

/// <summary>Only a program's own coordinators and admins: another program's figures are a 404, another role a 403, on every endpoint.</summary>
[Collection(PlatformCollection.Name)]
public sealed class AccessTests(Platform platform)
{
    private static readonly string[] PeriodReports = ["summary", "time-to-match", "roster-gaps", "follow-up", "payroll"];
    private static readonly string[] AdminOnly = ["get-settings", "put-settings", "annual-report", "draft", "approval"];

    public static TheoryData<string> ProgramEndpoints() => [.. Endpoint.All.Where(e => e.Program).Select(e => e.Name)];

    public static TheoryData<string, string> WrongRoles()
    {
        var data = new TheoryData<string, string>();
        foreach (var endpoint in Endpoint.All)
        {
            foreach (var user in new[] { "partner.a", "payroll.a", "analyst" })
            {
                data.Add(endpoint.Name, user);
            }
            if (!PeriodReports.Contains(endpoint.Name))
            {
                data.Add(endpoint.Name, "coord.a");
            }
            if (endpoint.Name == "rebuild-all")
            {
                data.Add(endpoint.Name, "admin.a");
            }
            if (PeriodReports.Contains(endpoint.Name) || AdminOnly.Contains(endpoint.Name))
            {
                data.Add(endpoint.Name, "platform");
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ProgramEndpoints))]
    public async Task Another_programs_user_gets_404_and_changes_nothing(string name)
    {
        var endpoint = Endpoint.Named(name);
        var outsider = PeriodReports.Contains(name) ? TestUsers.CoordinatorB : TestUsers.AdminB;
        var before = await StoredAsync(TestUsers.ProgramA);

        using var client = await platform.GatewayClientAsync(outsider);
        using var response = await client.SendAsync(endpoint.Request(TestUsers.ProgramA));

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(before, await StoredAsync(TestUsers.ProgramA));
    }

    [Theory]
    [MemberData(nameof(WrongRoles))]
    public async Task The_wrong_role_gets_403(string name, string username)
    {
        var user = TestUsers.All.Single(u => u.Username == username);
        var before = await StoredAsync(TestUsers.ProgramA);

        using var client = await platform.GatewayClientAsync(user);
        using var response = await client.SendAsync(Endpoint.Named(name).Request(TestUsers.ProgramA));

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(before, await StoredAsync(TestUsers.ProgramA));
    }

    [Theory]
    [MemberData(nameof(ProgramEndpoints))]
    public async Task A_referring_organisations_client_gets_403(string name)
    {
        using var client = await platform.GatewayClientAsync(TestUsers.ReferrerA);
        using var response = await client.SendAsync(Endpoint.Named(name).Request(TestUsers.ProgramA));

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Without_a_token_every_endpoint_is_401()
    {
        using var client = platform.AnonymousClient();
        foreach (var endpoint in Endpoint.All)
        {
            using var response = await client.SendAsync(endpoint.Request(TestUsers.ProgramA));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_coordinator_of_both_programs_sees_both()
    {
        using var client = await platform.GatewayClientAsync(TestUsers.CoordinatorAB);
        foreach (var program in new[] { TestUsers.ProgramA, TestUsers.ProgramB })
        {
            foreach (var report in PeriodReports)
            {
                using var response = await client.SendAsync(Endpoint.Named(report).Request(program));
                Assert.Equal(program, (await response.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("programId").GetString());
            }
        }
    }

    /// <summary>What a request could have written for the program: settings, submissions, outbox rows, inbox and log sizes.</summary>
    private async Task<string> StoredAsync(string programId)
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
            await db.Referrals.CountAsync(r => r.ProgramId == programId));
    }
}
