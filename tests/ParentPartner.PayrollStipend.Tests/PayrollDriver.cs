using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParentPartner.Contracts.Scheduling;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders.Scheduling;

namespace ParentPartner.PayrollStipend.Tests;

/// <summary>
/// Publishes what scheduling, training and matching would (on the bus), and drives payroll through the gateway.
/// The program's base policy (from 2020) pays: court-hearing 25, family-team-meeting 22.50, one-to-one 20,
/// phone 15, support-group 17, training 16, other 14 an hour; match stipend 100 a month; training stipend 10;
/// mileage at the IRS 2026 rate.
/// </summary>
public sealed class PayrollDriver(Platform platform)
{
    private static readonly SemaphoreSlim PolicyGate = new(1, 1);
    private static readonly HashSet<string> PoliciesCreated = [];

    public const string Program = TestUsers.ProgramA;

    public static string Programs(string programId = Program) => $"/api/payroll/programs/{programId}";

    public Task PublishAsync<T>(T message, Guid? messageId = null) where T : class =>
        platform.Training.Services.GetRequiredService<IBus>().Publish(message, context =>
        {
            if (messageId is { } id)
            {
                context.MessageId = id;
            }
        });

    public Task<HttpClient> As(TestUser user) => platform.GatewayClientAsync(user);

    public async Task EnsureBasePolicyAsync()
    {
        await PolicyGate.WaitAsync();
        try
        {
            if (!PoliciesCreated.Add(platform.RunId))
            {
                return;
            }
            using var client = await As(TestUsers.PayrollApproverA);
            using var response = await client.PostAsJsonAsync($"{Programs()}/policies", new
            {
                effectiveFrom = "2020-01-01",
                hourlyRates = new Dictionary<string, decimal>
                {
                    ["court-hearing"] = 25m, ["family-team-meeting"] = 22.5m, ["one-to-one"] = 20m, ["phone"] = 15m,
                    ["support-group"] = 17m, ["training"] = 16m, ["other"] = 14m,
                },
                matchStipendMonthly = 100m,
                trainingAttendanceStipend = 10m,
            });
            await response.ReadJsonAsync(System.Net.HttpStatusCode.Created);
        }
        finally
        {
            PolicyGate.Release();
        }
    }

    /// <summary>
    /// A policy version with the base rates from <paramref name="effectiveFrom"/> and the given monthly cap (null for
    /// none), created once per run: the cap tests give a year of their own a cap and the next year none again.
    /// </summary>
    public async Task EnsurePolicyAsync(DateOnly effectiveFrom, decimal? monthlyCap)
    {
        await EnsureBasePolicyAsync();
        await PolicyGate.WaitAsync();
        try
        {
            if (!PoliciesCreated.Add($"{platform.RunId}/{effectiveFrom:yyyy-MM-dd}"))
            {
                return;
            }
            using var client = await As(TestUsers.PayrollApproverA);
            using var response = await client.PostAsJsonAsync($"{Programs()}/policies", new
            {
                effectiveFrom = effectiveFrom.ToString("yyyy-MM-dd"),
                hourlyRates = new Dictionary<string, decimal>
                {
                    ["court-hearing"] = 25m, ["family-team-meeting"] = 22.5m, ["one-to-one"] = 20m, ["phone"] = 15m,
                    ["support-group"] = 17m, ["training"] = 16m, ["other"] = 14m,
                },
                matchStipendMonthly = 100m,
                trainingAttendanceStipend = 10m,
                monthlyCap,
            });
            await response.ReadJsonAsync(System.Net.HttpStatusCode.Created);
        }
        finally
        {
            PolicyGate.Release();
        }
    }

    /// <summary>Publishes a contact and waits until payroll holds that revision.</summary>
    public async Task<ContactLogged> ContactAsync(Guid supportParentId, DateOnly on, string kind = "one-to-one", int minutes = 60, decimal miles = 0m, string? subject = null,
        Func<ContactLogged, ContactLogged>? change = null)
    {
        await EnsureBasePolicyAsync();
        var contact = new ContactLoggedBuilder(Program, supportParentId).On(on).Kind(kind, minutes, miles).BySubject(subject).Build();
        contact = change?.Invoke(contact) ?? contact;
        await PublishAsync(contact);
        await WaitForRevisionAsync(contact.ContactId, contact.Revision);
        return contact;
    }

    public async Task WaitForRevisionAsync(Guid contactId, int revision) =>
        await Eventually.UntilAsync(() => InDbAsync(db => db.Contacts.Where(c => c.ContactId == contactId).Select(c => (int?)c.Revision).FirstOrDefaultAsync()),
            r => r >= revision, what: $"contact {contactId} revision {revision} in payroll");

    public async Task<JsonElement[]> TimesheetsAsync(Guid supportParentId)
    {
        using var client = await As(TestUsers.PayrollApproverA);
        using var response = await client.GetAsync($"{Programs()}/timesheets?supportParentId={supportParentId}");
        return [.. (await response.ReadJsonAsync()).GetProperty("items").EnumerateArray()];
    }

    public async Task<JsonElement> TimesheetAsync(Guid timesheetId, TestUser? user = null)
    {
        using var client = await As(user ?? TestUsers.PayrollApproverA);
        using var response = await client.GetAsync($"{Programs()}/timesheets/{timesheetId}");
        return await response.ReadJsonAsync();
    }

    /// <summary>The person's timesheet for the period starting on <paramref name="periodStart"/>, with its lines.</summary>
    public async Task<JsonElement> TimesheetForAsync(Guid supportParentId, DateOnly periodStart)
    {
        var summary = (await TimesheetsAsync(supportParentId)).Single(t => t.GetProperty("periodStartsOn").GetString() == periodStart.ToString("yyyy-MM-dd"));
        return await TimesheetAsync(summary.GetProperty("id").GetGuid());
    }

    public async Task<HttpResponseMessage> PostAsync(TestUser user, string path, object? body = null, string? idempotencyKey = null)
    {
        using var client = await As(user);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        return await client.SendAsync(request);
    }

    public async Task<JsonElement> SubmitAndApproveAsync(Guid timesheetId, TestUser? submitter = null)
    {
        using var submitted = await PostAsync(submitter ?? TestUsers.CoordinatorA, $"{Programs()}/timesheets/{timesheetId}/submission");
        await submitted.ReadJsonAsync();
        using var approved = await PostAsync(TestUsers.PayrollApproverA, $"{Programs()}/timesheets/{timesheetId}/approval");
        return await approved.ReadJsonAsync();
    }

    public async Task<JsonElement> ExportAsync(Guid periodId, string kind, System.Net.HttpStatusCode expected = System.Net.HttpStatusCode.Created)
    {
        using var response = await PostAsync(TestUsers.PayrollApproverA, $"{Programs()}/periods/{periodId}/exports", new { kind });
        return await response.ReadJsonAsync(expected);
    }

    public async Task<string> GetTextAsync(TestUser user, string path)
    {
        using var client = await As(user);
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return body;
    }

    public async Task PutPayeeAsync(Guid supportParentId, string legalName, bool w9OnFile)
    {
        using var client = await As(TestUsers.PayrollApproverA);
        using var response = await client.PutAsJsonAsync($"{Programs()}/payees/{supportParentId}", new { legalName, w9OnFile });
        await response.ReadJsonAsync();
    }

    public async Task<T> InDbAsync<T>(Func<PayrollStipendDbContext, Task<T>> query)
    {
        await using var scope = platform.PayrollStipend.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<PayrollStipendDbContext>());
    }

    /// <summary>Rows payroll holds, to show a refused request stored nothing.</summary>
    public Task<(int Policies, int Lines, int Exports, int Payees)> StoredAsync() =>
        InDbAsync(async db => (await db.Policies.IgnoreQueryFilters().CountAsync(), await db.Lines.IgnoreQueryFilters().CountAsync(),
            await db.Exports.IgnoreQueryFilters().CountAsync(), await db.Payees.IgnoreQueryFilters().CountAsync()));

    public static decimal Total(JsonElement timesheet) => timesheet.GetProperty("timesheet").GetProperty("total").GetDecimal();

    public static JsonElement[] Lines(JsonElement timesheet) => [.. timesheet.GetProperty("lines").EnumerateArray()];

    public static Guid Id(JsonElement timesheet) => timesheet.GetProperty("timesheet").GetProperty("id").GetGuid();

    public static Guid PeriodId(JsonElement timesheet) => timesheet.GetProperty("timesheet").GetProperty("periodId").GetGuid();
}
