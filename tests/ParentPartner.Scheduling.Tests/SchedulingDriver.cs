using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParentPartner.Contracts.Matching;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Jobs;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders.Reporting;

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
            + await db.Appointments.SumAsync(a => (long)a.Sequence) + await db.FeedTokens.LongCountAsync()
            + await db.Contacts.LongCountAsync() + await db.ContactRevisions.LongCountAsync() + await db.PlanItems.LongCountAsync()
            + await db.PlanItems.SumAsync(i => (long)i.Progress) + await db.PlanItems.CountAsync(i => i.MetAt != null)
            + await db.FollowUpSettings.LongCountAsync() + await db.Contacts.SumAsync(c => (long)c.Revision)
            + await db.AppointmentSeries.LongCountAsync() + await db.Reminders.LongCountAsync();
    }

    public static string Plan(Guid matchId, string programId = TestUsers.ProgramA) => $"/api/scheduling/programs/{programId}/matches/{matchId}/plan";

    public static string Contacts(Guid matchId, string programId = TestUsers.ProgramA) => $"/api/scheduling/programs/{programId}/matches/{matchId}/contacts";

    public static string Contact(Guid contactId, string programId = TestUsers.ProgramA) => $"/api/scheduling/programs/{programId}/contacts/{contactId}";

    public static string Worklist(string programId = TestUsers.ProgramA) => $"/api/scheduling/programs/{programId}/worklist";

    /// <summary>A match made at <paramref name="madeAt"/>, published onto the broker as matching would, and waited for until scheduling holds its plan.</summary>
    public async Task<MatchEventsBuilder> MatchAsync(DateTimeOffset madeAt, string kind = "p2p", string? subject = null, string programId = TestUsers.ProgramA)
    {
        var match = new MatchEventsBuilder(programId, Guid.NewGuid(), Guid.NewGuid());
        await PublishAsync(match.Made(madeAt.AddDays(-3), madeAt, kind, subject ?? TestUsers.SupportParentA.Subject));
        await Eventually.UntilAsync(() => InDatabaseAsync(db => db.PlanItems.CountAsync(i => i.MatchId == match.MatchId)), n => n > 0,
            TimeSpan.FromSeconds(60), "scheduling to make the follow-up plan");
        return match;
    }

    /// <summary>Publishes an event as another service would (a given message id simulates a redelivery).</summary>
    public async Task<Guid> PublishAsync(object message, Guid? messageId = null)
    {
        var id = messageId ?? NewId.NextGuid();
        await platform.Referral.Services.GetRequiredService<IBus>().Publish(message, message.GetType(), context => context.MessageId = id);
        return id;
    }

    /// <summary>Waits until scheduling's inbox holds the message: it was handled (or skipped as a duplicate) and committed.</summary>
    public Task HandledAsync(Guid messageId) =>
        Eventually.UntilAsync(() => InDatabaseAsync(db => db.InboxRecords.CountAsync(r => r.MessageId == messageId)), n => n > 0,
            TimeSpan.FromSeconds(60), "scheduling to handle the message");

    /// <summary>One run of the plan sweep, as the in-process timer or the Dapr cron binding would start it (system work).</summary>
    public async Task<PlanSweepResult> SweepAsync(DateTimeOffset? now = null)
    {
        await using var scope = platform.Scheduling.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PlanSweep>().RunAsync(now ?? platform.Clock.GetUtcNow());
    }

    /// <summary>The bodies of the events of one type scheduling has put in its outbox for a match.</summary>
    public Task<List<JsonElement>> EventsAsync(string type, Guid matchId) => InDatabaseAsync(async db =>
    {
        var bodies = await db.OutboxMessages.Where(m => m.MessageType == $"ParentPartner.Contracts.Scheduling.{type}").Select(m => m.Body).ToListAsync();
        return bodies.Select(b => JsonDocument.Parse(b).RootElement).Where(e => e.GetProperty("matchId").GetGuid() == matchId).ToList();
    });

    public async Task<JsonElement> PlanAsync(Guid matchId, TestUser? user = null)
    {
        using var response = await SendAsync(user ?? TestUsers.CoordinatorA, HttpMethod.Get, Plan(matchId));
        return await response.ReadJsonAsync();
    }

    /// <summary>The plan's item of one kind (and month).</summary>
    public async Task<JsonElement> ItemAsync(Guid matchId, string kind, int sequence = 0) =>
        (await PlanAsync(matchId)).GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("kind").GetString() == kind && i.GetProperty("sequence").GetInt32() == sequence);

    public static JsonObject ContactBody(DateTimeOffset startedAt, int minutes = 60, string kind = "one-to-one", string mode = "in-person", decimal miles = 12.5m) => new()
    {
        ["kind"] = kind,
        ["mode"] = mode,
        ["startedAt"] = startedAt.ToString("O"),
        ["minutes"] = minutes,
        ["miles"] = miles,
        ["notes"] = "Talked about the next hearing",
    };

    public async Task<JsonElement> LogContactAsync(Guid matchId, JsonObject body, TestUser? user = null)
    {
        using var response = await SendAsync(user ?? TestUsers.SupportParentA, HttpMethod.Post, Contacts(matchId), body);
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    public async Task<T> InDatabaseAsync<T>(Func<SchedulingDbContext, Task<T>> query)
    {
        await using var scope = platform.Scheduling.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<SchedulingDbContext>());
    }
}
