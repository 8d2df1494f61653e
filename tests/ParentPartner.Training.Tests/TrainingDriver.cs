using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders.Training;
using ParentPartner.Training.Api.Data;

namespace ParentPartner.Training.Tests;

/// <summary>
/// Drives the training API through the gateway the way program staff do: apply, schedule, enrol,
/// record attendance. Courses and dates are read from the running program, never assumed, so tests
/// keep working whatever the catalogue and the clock have become.
/// </summary>
public sealed class TrainingDriver(Platform platform)
{
    public static readonly DateTimeZone Chicago = DateTimeZoneProviders.Tzdb["America/Chicago"];

    public Platform Platform => platform;

    public static string Programs(string programId) => $"/api/training/programs/{programId}";

    /// <summary>The program's local date now (programs A and B keep the default time zone).</summary>
    public DateOnly Today => LocalNow.Date.ToDateOnly();

    public LocalDateTime LocalNow => Instant.FromDateTimeOffset(platform.Clock.GetUtcNow()).InZone(Chicago).LocalDateTime;

    public Task<HttpClient> ClientAsync(TestUser user) => platform.GatewayClientAsync(user);

    public SupportParentApplicationBuilder Application() => new(Today);

    public async Task<JsonElement> ApplyAsync(SupportParentApplicationBuilder application, string programId = TestUsers.ProgramA, TestUser? user = null)
    {
        using var client = await ClientAsync(user ?? CoordinatorFor(programId));
        using var response = await client.PostAsJsonAsync($"{Programs(programId)}/support-parents", application.Build());
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    public async Task<Guid> ApplyEligibleAsync(string programId = TestUsers.ProgramA, SupportParentApplicationBuilder? application = null) =>
        (await ApplyAsync(application ?? Application(), programId)).GetProperty("id").GetGuid();

    public async Task<JsonElement> GetAsync(string path, TestUser user, HttpStatusCode status = HttpStatusCode.OK)
    {
        using var client = await ClientAsync(user);
        using var response = await client.GetAsync(path);
        return await response.ReadJsonAsync(status);
    }

    public Task<JsonElement> SupportParentAsync(Guid id, string programId = TestUsers.ProgramA) =>
        GetAsync($"{Programs(programId)}/support-parents/{id}", CoordinatorFor(programId));

    public async Task<IReadOnlyList<JsonElement>> ActiveCoursesAsync(string programId = TestUsers.ProgramA, string? kind = null)
    {
        var page = await GetAsync($"{Programs(programId)}/courses?limit=200", CoordinatorFor(programId));
        return [.. page.GetProperty("items").EnumerateArray().Where(c => kind is null || c.GetProperty("kind").GetString() == kind)];
    }

    public async Task<JsonElement> ScheduleCohortAsync(Guid courseId, LocalDateTime startsLocal, int? seats = null, string programId = TestUsers.ProgramA)
    {
        var request = new CohortRequestBuilder(courseId, startsLocal.ToDateTimeUnspecified()).WithSeats(seats).Build();
        using var client = await ClientAsync(CoordinatorFor(programId));
        using var response = await client.PostAsJsonAsync($"{Programs(programId)}/cohorts", request);
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    /// <summary>A session that started two hours ago, so attendance can be recorded now.</summary>
    public Task<JsonElement> ScheduleStartedCohortAsync(Guid courseId, string programId = TestUsers.ProgramA) =>
        ScheduleCohortAsync(courseId, Minutes(LocalNow.PlusHours(-2)), programId: programId);

    public async Task<Guid> EnrolAsync(Guid cohortId, Guid supportParentId, string programId = TestUsers.ProgramA)
    {
        using var client = await ClientAsync(CoordinatorFor(programId));
        using var response = await client.PostAsJsonAsync($"{Programs(programId)}/cohorts/{cohortId}/enrolments", new { supportParentId });
        return (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    public async Task<HttpResponseMessage> RecordAsync(Guid cohortId, Guid enrolmentId, bool attended, decimal? hours, bool completed, string programId = TestUsers.ProgramA)
    {
        using var client = await ClientAsync(CoordinatorFor(programId));
        return await client.PutAsJsonAsync($"{Programs(programId)}/cohorts/{cohortId}/enrolments/{enrolmentId}/attendance", new { attended, hours, completed });
    }

    /// <summary>Schedules a session of the course that has started, enrols the person and records them attended and complete.</summary>
    public async Task<(Guid CohortId, Guid EnrolmentId)> CompleteCourseAsync(Guid supportParentId, Guid courseId, decimal hours = 2.5m, string programId = TestUsers.ProgramA)
    {
        var cohortId = (await ScheduleStartedCohortAsync(courseId, programId)).GetProperty("id").GetGuid();
        var enrolmentId = await EnrolAsync(cohortId, supportParentId, programId);
        using var recorded = await RecordAsync(cohortId, enrolmentId, true, hours, true, programId);
        await recorded.ReadJsonAsync();
        return (cohortId, enrolmentId);
    }

    public async Task CompleteAllAsync(Guid supportParentId, string kind, string programId = TestUsers.ProgramA)
    {
        foreach (var course in await ActiveCoursesAsync(programId, kind))
        {
            await CompleteCourseAsync(supportParentId, course.GetProperty("id").GetGuid(), programId: programId);
        }
    }

    public async Task<Guid> CertifiedSupportParentAsync(string programId = TestUsers.ProgramA, SupportParentApplicationBuilder? application = null)
    {
        var id = await ApplyEligibleAsync(programId, application);
        await CompleteAllAsync(id, "pre-service", programId);
        return id;
    }

    public async Task<JsonElement> SweepAsync(string programId = TestUsers.ProgramA)
    {
        using var client = await ClientAsync(programId == TestUsers.ProgramA ? TestUsers.AdminA : TestUsers.AdminB);
        using var response = await client.PostAsync($"{Programs(programId)}/certification-sweeps", null);
        return await response.ReadJsonAsync();
    }

    /// <summary>Moves every service's clock to <paramref name="localTime"/> on <paramref name="date"/> in the program's zone (forward only).</summary>
    public void MoveClockTo(LocalDate date, LocalTime localTime)
    {
        var target = date.At(localTime).InZoneLeniently(Chicago).ToDateTimeOffset();
        var by = target - platform.Clock.GetUtcNow();
        Assert.True(by >= TimeSpan.Zero, $"the clock only moves forward (asked to go back {-by})");
        platform.Clock.Advance(by);
    }

    public static TestUser CoordinatorFor(string programId) => programId == TestUsers.ProgramA ? TestUsers.CoordinatorA : TestUsers.CoordinatorB;

    public static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    public static JsonObject Body(object value) => JsonSerializer.SerializeToNode(value, JsonSerializerOptions.Web)!.AsObject();

    /// <summary>Every row training keeps and every event it has queued: a refused request must not move this.</summary>
    public async Task<long> StoredAsync()
    {
        await using var scope = platform.Training.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        return await db.SupportParents.LongCountAsync() + await db.Courses.LongCountAsync() + await db.Cohorts.LongCountAsync()
            + await db.Enrolments.LongCountAsync() + await db.Settings.LongCountAsync() + await db.OutboxMessages.LongCountAsync()
            + await db.Enrolments.Where(e => e.RecordedAt != null).LongCountAsync()
            + await db.SupportParents.Where(p => p.WithdrawnAt != null).LongCountAsync()
            + await db.Courses.Where(c => c.RetiredAt != null).LongCountAsync()
            + await db.Cohorts.SumAsync(c => (long)c.EnrolledCount);
    }

    public async Task<T> InDatabaseAsync<T>(Func<TrainingDbContext, Task<T>> query)
    {
        await using var scope = platform.Training.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<TrainingDbContext>());
    }

    private static LocalDateTime Minutes(LocalDateTime t) => new(t.Year, t.Month, t.Day, t.Hour, t.Minute);
}
