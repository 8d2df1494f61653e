using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Testing;

namespace ParentPartner.Scheduling.Tests;

/// <summary>Appointments: local times in an IANA zone, real durations across DST, double-booking, change, cancel and outcome.</summary>
[Collection(PlatformCollection.Name)]
public sealed class AppointmentTests(Platform platform)
{
    private readonly SchedulingDriver _scheduling = new(platform);

    [Fact]
    public async Task A_meeting_over_the_autumn_change_lasts_the_real_elapsed_three_hours()
    {
        // 2026-11-01 02:00 CDT falls back to 01:00 CST in Chicago: 00:30 to 02:30 on the wall is three real hours.
        var created = await _scheduling.CreateAsync(SchedulingDriver.Appointment("2026-11-01T00:30", "2026-11-01T02:30"));

        Assert.Equal(new DateTimeOffset(2026, 11, 1, 5, 30, 0, TimeSpan.Zero), created.GetProperty("startsAt").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 8, 30, 0, TimeSpan.Zero), created.GetProperty("endsAt").GetDateTimeOffset());
        Assert.Equal(180, created.GetProperty("durationMinutes").GetInt32());
        Assert.Equal("2026-11-01T00:30", created.GetProperty("startsLocal").GetString());
        Assert.Equal("America/Chicago", created.GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task A_meeting_over_the_spring_change_lasts_two_real_hours_and_a_skipped_time_is_refused()
    {
        // 2026-03-08 02:00 CST jumps to 03:00 CDT: 01:00 to 04:00 on the wall is two real hours; 02:30 never happens.
        var created = await _scheduling.CreateAsync(SchedulingDriver.Appointment("2026-03-08T01:00", "2026-03-08T04:00"));
        Assert.Equal(120, created.GetProperty("durationMinutes").GetInt32());
        Assert.Equal(new DateTimeOffset(2026, 3, 8, 7, 0, 0, TimeSpan.Zero), created.GetProperty("startsAt").GetDateTimeOffset());

        var before = await _scheduling.StoredAsync();
        using var skipped = await _scheduling.SendAsync(TestUsers.CoordinatorA, HttpMethod.Post, SchedulingDriver.Appointments(),
            SchedulingDriver.Appointment("2026-03-08T02:30", "2026-03-08T03:30"));
        var problem = await skipped.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("startsLocal", problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(before, await _scheduling.StoredAsync());
    }

    [Fact]
    public async Task A_double_booked_support_parent_is_409_with_nothing_stored_unless_the_overlap_is_confirmed()
    {
        var subject = Guid.NewGuid().ToString();
        await _scheduling.CreateAsync(SchedulingDriver.Appointment("2026-12-19T18:00", "2026-12-19T19:30", subject));
        var overlapping = SchedulingDriver.Appointment("2026-12-19T19:00", "2026-12-19T20:00", subject);
        var before = await _scheduling.StoredAsync();

        using var refused = await _scheduling.SendAsync(TestUsers.CoordinatorA, HttpMethod.Post, SchedulingDriver.Appointments(), overlapping);

        var problem = await refused.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("confirmOverlap", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await _scheduling.StoredAsync());

        // Back to back is not an overlap; a confirmed overlap books.
        await _scheduling.CreateAsync(SchedulingDriver.Appointment("2026-12-19T19:30", "2026-12-19T20:00", subject));
        overlapping["confirmOverlap"] = true;
        await _scheduling.CreateAsync(overlapping);
    }

    [Fact]
    public async Task A_change_bumps_the_sequence_and_rechecks_the_times_and_a_cancelled_appointment_cannot_change()
    {
        var subject = Guid.NewGuid().ToString();
        var id = await _scheduling.CreateIdAsync(SchedulingDriver.Appointment(subject: subject));
        var moved = SchedulingDriver.Appointment("2026-12-16T09:00", "2026-12-16T10:00", subject);
        moved["place"] = "video";
        moved["videoLink"] = "https://meet.example.org/abc";
        moved.Remove("address");

        using var changed = await _scheduling.SendAsync(TestUsers.CoordinatorA, HttpMethod.Put, $"{SchedulingDriver.Appointments()}/{id}", moved);

        var body = await changed.ReadJsonAsync();
        Assert.Equal(1, body.GetProperty("sequence").GetInt32());
        Assert.Equal("video", body.GetProperty("place").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("address").ValueKind);
        Assert.Equal(new DateTimeOffset(2026, 12, 16, 15, 0, 0, TimeSpan.Zero), body.GetProperty("startsAt").GetDateTimeOffset());

        using var cancelled = await _scheduling.SendAsync(TestUsers.CoordinatorA, HttpMethod.Post, $"{SchedulingDriver.Appointments()}/{id}/cancellation");
        var cancelledBody = await cancelled.ReadJsonAsync();
        Assert.Equal("cancelled", cancelledBody.GetProperty("status").GetString());
        Assert.Equal(2, cancelledBody.GetProperty("sequence").GetInt32());

        var before = await _scheduling.StoredAsync();
        using var again = await _scheduling.SendAsync(TestUsers.CoordinatorA, HttpMethod.Put, $"{SchedulingDriver.Appointments()}/{id}", moved);
        await again.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(before, await _scheduling.StoredAsync());

        // A cancelled appointment no longer blocks the support parent's time.
        await _scheduling.CreateAsync(SchedulingDriver.Appointment("2026-12-16T09:00", "2026-12-16T10:00", subject));
    }

    [Fact]
    public async Task A_no_show_records_who_and_publishes_AppointmentClosed_once_and_a_future_one_cannot_be_marked()
    {
        var past = await _scheduling.CreateIdAsync(SchedulingDriver.Appointment("2026-12-01T18:00", "2026-12-01T19:00"));
        var url = $"{SchedulingDriver.Appointments()}/{past}/outcome";

        using var marked = await _scheduling.SendAsync(TestUsers.CoordinatorA, HttpMethod.Put, url, new System.Text.Json.Nodes.JsonObject { ["outcome"] = "no-show", ["noShowBy"] = "family" });

        var body = await marked.ReadJsonAsync();
        Assert.Equal("no-show", body.GetProperty("status").GetString());
        Assert.Equal("family", body.GetProperty("noShowBy").GetString());
        var events = await _scheduling.InDatabaseAsync(db => db.OutboxMessages.Where(m => m.MessageType.Contains("AppointmentClosed")).ToListAsync());
        var closed = Assert.Single(events, m => m.Body.Contains(past.ToString()));
        using var message = JsonDocument.Parse(closed.Body);
        var text = message.RootElement.GetRawText();
        Assert.Contains("\"no-show\"", text);
        Assert.Contains("\"one-to-one\"", text);
        Assert.DoesNotContain("Maria", text);
        Assert.DoesNotContain("Main St", text);

        using var twice = await _scheduling.SendAsync(TestUsers.CoordinatorA, HttpMethod.Put, url, new System.Text.Json.Nodes.JsonObject { ["outcome"] = "fulfilled" });
        await twice.AssertProblemAsync(HttpStatusCode.Conflict);

        var future = await _scheduling.CreateIdAsync(SchedulingDriver.Appointment("2027-02-01T18:00", "2027-02-01T19:00"));
        using var early = await _scheduling.SendAsync(TestUsers.CoordinatorA, HttpMethod.Put, $"{SchedulingDriver.Appointments()}/{future}/outcome", new System.Text.Json.Nodes.JsonObject { ["outcome"] = "fulfilled" });
        await early.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_same_Idempotency_Key_replays_the_first_booking_and_stores_nothing_more()
    {
        var body = SchedulingDriver.Appointment();
        var key = Guid.NewGuid().ToString();
        using var client = await _scheduling.ClientAsync(TestUsers.CoordinatorA);
        async Task<HttpResponseMessage> SendAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, SchedulingDriver.Appointments()) { Content = System.Net.Http.Json.JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", key);
            return await client.SendAsync(request);
        }

        using var first = await SendAsync();
        var before = await _scheduling.StoredAsync();
        using var second = await SendAsync();

        Assert.Equal((await first.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid(), (await second.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid());
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(before, await _scheduling.StoredAsync());
    }
}
