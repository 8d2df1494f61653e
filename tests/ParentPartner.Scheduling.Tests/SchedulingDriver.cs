using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Testing;

namespace ParentPartner.Scheduling.Tests;

/// <summary>Drives the scheduling API through the gateway the way coordinators and support parents do.</summary>
public sealed class SchedulingDriver(Platform platform)
{
    public static string Appointments(string programId = TestUsers.ProgramA) => $"/api/scheduling/programs/{programId}/appointments";

    public Task<HttpClient> ClientAsync(TestUser user) => platform.GatewayClientAsync(user);

    /// <summary>A valid one-to-one in Chicago; a fresh support-parent subject so other tests' bookings never clash.</summary>
    public static JsonObject Appointment(string startsLocal = "2026-12-15T18:00", string endsLocal = "2026-12-15T19:30", string? subject = null) => new()
    {
        ["kind"] = "one-to-one",
        ["timeZone"] = "America/Chicago",
        ["startsLocal"] = startsLocal,
        ["endsLocal"] = endsLocal,
        ["place"] = "in-person",
        ["address"] = "100 Main St, Des Moines",
        ["supportParentSubject"] = subject ?? Guid.NewGuid().ToString(),
        ["familyName"] = "Maria",
    };

    public async Task<HttpResponseMessage> SendAsync(TestUser user, HttpMethod method, string path, JsonNode? body = null)
    {
        using var client = await ClientAsync(user);
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        return await client.SendAsync(request);
    }

    public async Task<JsonElement> CreateAsync(JsonObject body, TestUser? user = null, string programId = TestUsers.ProgramA)
    {
        using var response = await SendAsync(user ?? TestUsers.CoordinatorA, HttpMethod.Post, Appointments(programId), body);
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    public async Task<Guid> CreateIdAsync(JsonObject body, TestUser? user = null, string programId = TestUsers.ProgramA) =>
        (await CreateAsync(body, user, programId)).GetProperty("id").GetGuid();

    /// <summary>Everything a refused write could have left behind.</summary>
    public async Task<long> StoredAsync()
    {
        await using var scope = platform.Scheduling.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        return await db.Appointments.LongCountAsync() + await db.OutboxMessages.LongCountAsync()
            + await db.Appointments.SumAsync(a => (long)a.Sequence) + await db.FeedTokens.LongCountAsync();
    }

    public async Task<T> InDatabaseAsync<T>(Func<SchedulingDbContext, Task<T>> query)
    {
        await using var scope = platform.Scheduling.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<SchedulingDbContext>());
    }
}
