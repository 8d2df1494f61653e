using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using ParentPartner.Testing;

namespace ParentPartner.Scheduling.Tests;

/// <summary>Weekly series on the wall clock, "this" and "this and following", and the secret iCalendar feed parsed back.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CalendarTests(Platform platform)
{
    private readonly SchedulingDriver _scheduling = new(platform);

    private static JsonObject Weekly(string startsLocal, string endsLocal, int count, string subject)
    {
        var body = SchedulingDriver.Appointment(startsLocal, endsLocal, subject);
        body["kind"] = "support-group";
        body["repeat"] = new JsonObject { ["count"] = count };
        body["confirmOverlap"] = true;
        return body;
    }

    private async Task<List<JsonElement>> SeriesAsync(Guid seriesId, TestUser? user = null)
    {
        using var response = await _scheduling.SendAsync(user ?? TestUsers.CoordinatorA, HttpMethod.Get, $"{SchedulingDriver.Appointments()}?seriesId={seriesId}");
        return [.. (await response.ReadJsonAsync()).GetProperty("items").EnumerateArray()];
    }

    [Fact]
    public async Task A_weekly_group_at_18_00_stays_at_18_00_local_across_the_autumn_change()
    {
        var first = await _scheduling.CreateAsync(Weekly("2026-10-20T18:00", "2026-10-20T19:30", 4, Guid.NewGuid().ToString()));
        var occurrences = await SeriesAsync(first.GetProperty("seriesId").GetGuid());

        Assert.Equal(["2026-10-20T18:00", "2026-10-27T18:00", "2026-11-03T18:00", "2026-11-10T18:00"], occurrences.Select(o => o.GetProperty("startsLocal").GetString()));
        Assert.Equal(
            [new DateTimeOffset(2026, 10, 20, 23, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 10, 27, 23, 0, 0, TimeSpan.Zero),
             new DateTimeOffset(2026, 11, 4, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 11, 0, 0, 0, TimeSpan.Zero)],
            occurrences.Select(o => o.GetProperty("startsAt").GetDateTimeOffset()));
        Assert.All(occurrences, o => Assert.Equal(90, o.GetProperty("durationMinutes").GetInt32()));
    }

    [Fact]
    public async Task This_and_following_moves_the_later_occurrences_and_cancelling_following_cancels_only_those()
    {
        var subject = Guid.NewGuid().ToString();
        var seriesId = (await _scheduling.CreateAsync(Weekly("2027-02-02T18:00", "2027-02-02T19:00", 5, subject))).GetProperty("seriesId").GetGuid();
        var ids = (await SeriesAsync(seriesId)).Select(o => o.GetProperty("id").GetGuid()).ToList();

        var later = SchedulingDriver.Appointment("2027-02-09T19:00", "2027-02-09T20:30", subject);
        later["kind"] = "support-group";
        using (var bad = await _scheduling.SendAsync(TestUsers.CoordinatorA, HttpMethod.Put, $"{SchedulingDriver.Appointments()}/{ids[1]}?scope=everything", later))
        {
            await bad.AssertProblemAsync(HttpStatusCode.BadRequest);
        }
        using (var moved = await _scheduling.SendAsync(TestUsers.CoordinatorA, HttpMethod.Put, $"{SchedulingDriver.Appointments()}/{ids[1]}?scope=following", later))
        {
            await moved.ReadJsonAsync();
        }
        var occurrences = await SeriesAsync(seriesId);
        Assert.Equal(["2027-02-02T18:00", "2027-02-09T19:00", "2027-02-16T19:00", "2027-02-23T19:00", "2027-03-02T19:00"], occurrences.Select(o => o.GetProperty("startsLocal").GetString()));
        Assert.Equal([false, true, true, true, true], occurrences.Select(o => o.GetProperty("isException").GetBoolean()));
        Assert.Equal("2027-02-16T18:00", occurrences[2].GetProperty("occurrenceLocal").GetString());

        using (var cancelled = await _scheduling.SendAsync(TestUsers.CoordinatorA, HttpMethod.Post, $"{SchedulingDriver.Appointments()}/{ids[3]}/cancellation?scope=following"))
        {
            await cancelled.ReadJsonAsync();
        }
        Assert.Equal(["booked", "booked", "booked", "cancelled", "cancelled"], (await SeriesAsync(seriesId)).Select(o => o.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task The_feed_parses_back_with_its_zone_rule_exceptions_overrides_and_cancellations_and_shows_no_phone_numbers()
    {
        var owner = TestUsers.SupportParentA2;
        var seriesId = (await _scheduling.CreateAsync(Weekly("2026-10-20T18:00", "2026-10-20T19:30", 4, owner.Subject))).GetProperty("seriesId").GetGuid();
        var ids = (await SeriesAsync(seriesId)).Select(o => o.GetProperty("id").GetGuid()).ToList();
        var call = SchedulingDriver.Appointment("2026-10-22T12:00", "2026-10-22T12:30", owner.Subject);
        call["place"] = "phone";
        call["phone"] = "+1 515 555 0142";
        call["confirmOverlap"] = true;
        call.Remove("address");
        var callId = await _scheduling.CreateIdAsync(call);
        using (await _scheduling.SendAsync(TestUsers.CoordinatorA, HttpMethod.Post, $"{SchedulingDriver.Appointments()}/{callId}/cancellation")) { }
        using (await _scheduling.SendAsync(TestUsers.CoordinatorA, HttpMethod.Post, $"{SchedulingDriver.Appointments()}/{ids[1]}/cancellation")) { }
        var moved = Weekly("2026-11-03T19:00", "2026-11-03T20:30", 2, owner.Subject);
        moved.Remove("repeat");
        using (var change = await _scheduling.SendAsync(TestUsers.CoordinatorA, HttpMethod.Put, $"{SchedulingDriver.Appointments()}/{ids[2]}", moved))
        {
            await change.ReadJsonAsync();
        }

        var feed = await CreateFeedAsync(owner);
        var text = await ReadFeedAsync(feed.GetProperty("url").GetString()!);
        Assert.StartsWith("webcal://", feed.GetProperty("webcalUrl").GetString());
        Assert.DoesNotContain("555", text);
        Assert.DoesNotContain("Talked", text);

        var calendar = Calendar.Load(text)!;
        Assert.Contains(calendar.TimeZones, z => z.TzId == "America/Chicago");
        var single = calendar.Events.Single(e => e.Uid == $"{callId}@parentpartner");
        Assert.Equal(("CANCELLED", 1), (single.Status, single.Sequence));
        var events = calendar.Events.Where(e => e.Uid == $"{seriesId}@parentpartner").ToList();
        var master = events.Single(e => e.RecurrenceIdentifier is null);
        Assert.Equal("Support group · Maria", master.Summary);
        Assert.Equal("America/Chicago", master.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 10, 20, 18, 0, 0), master.DtStart.Value);
        Assert.Equal(FrequencyType.Weekly, master.RecurrenceRule!.Frequency);
        Assert.Equal(1, master.Sequence);
        Assert.Equal([new DateTime(2026, 10, 27, 18, 0, 0)], master.ExceptionDates.GetAllDates().Select(d => d.Value));
        var changed = events.Single(e => e.RecurrenceIdentifier is not null);
        Assert.Equal(new DateTime(2026, 11, 3, 18, 0, 0), changed.RecurrenceIdentifier!.StartTime.Value);
        Assert.Equal(new DateTime(2026, 11, 3, 19, 0, 0), changed.DtStart!.Value);
        Assert.Equal(1, changed.Sequence);

        // What a calendar app shows: three evenings, the cancelled one gone, the moved one at 19:00, the last still 18:00 after the change.
        var shown = calendar.GetOccurrences<CalendarEvent>(new CalDateTime(2026, 10, 1, 0, 0, 0, "America/Chicago"))
            .Where(o => ((CalendarEvent)o.Source).Uid == $"{seriesId}@parentpartner")
            .TakeWhile(o => o.Period.StartTime.Value < new DateTime(2026, 12, 1))
            .Select(o => o.Period.StartTime.Value).ToList();
        Assert.Equal([new DateTime(2026, 10, 20, 18, 0, 0), new DateTime(2026, 11, 3, 19, 0, 0), new DateTime(2026, 11, 10, 18, 0, 0)], shown);
    }

    [Fact]
    public async Task Rotating_or_revoking_a_feed_stops_the_old_url_and_only_staff_subscribe_to_a_whole_program()
    {
        var first = await CreateFeedAsync(TestUsers.SupportParentA);
        var second = await CreateFeedAsync(TestUsers.SupportParentA);
        using var anonymous = platform.AnonymousClient();

        using (var old = await anonymous.GetAsync(new Uri(first.GetProperty("url").GetString()!).PathAndQuery))
        {
            await old.AssertProblemAsync(HttpStatusCode.NotFound);
        }
        await ReadFeedAsync(second.GetProperty("url").GetString()!);

        using (var listed = await _scheduling.SendAsync(TestUsers.SupportParentA, HttpMethod.Get, $"/api/scheduling/programs/{TestUsers.ProgramA}/calendar-feeds"))
        {
            var feeds = (await listed.ReadJsonAsync()).EnumerateArray().ToList();
            Assert.All(feeds, f => Assert.Equal(JsonValueKind.Null, f.GetProperty("url").ValueKind));
            Assert.NotEqual(JsonValueKind.Null, feeds.Single(f => f.GetProperty("id").GetGuid() == first.GetProperty("id").GetGuid()).GetProperty("revokedAt").ValueKind);
        }
        var path = $"/api/scheduling/programs/{TestUsers.ProgramA}/calendar-feeds/{second.GetProperty("id").GetGuid()}";
        using (var foreign = await _scheduling.SendAsync(TestUsers.SupportParentA2, HttpMethod.Delete, path))
        {
            await foreign.AssertProblemAsync(HttpStatusCode.NotFound);
        }
        using (var revoked = await _scheduling.SendAsync(TestUsers.SupportParentA, HttpMethod.Delete, path))
        {
            await revoked.ReadJsonAsync();
        }
        using (var gone = await anonymous.GetAsync(new Uri(second.GetProperty("url").GetString()!).PathAndQuery))
        {
            await gone.AssertProblemAsync(HttpStatusCode.NotFound);
        }
        using (var guessed = await anonymous.GetAsync("/api/public/calendar-feeds/not-a-secret.ics"))
        {
            await guessed.AssertProblemAsync(HttpStatusCode.NotFound);
        }
        using var whole = await _scheduling.SendAsync(TestUsers.SupportParentA, HttpMethod.Post, $"/api/scheduling/programs/{TestUsers.ProgramA}/calendar-feeds", new JsonObject { ["wholeProgram"] = true });
        await whole.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task A_feed_polled_again_unchanged_is_304_and_a_change_gives_a_new_etag_and_content()
    {
        var subject = TestUsers.SupportParentA.Subject;
        var booking = SchedulingDriver.Appointment("2027-03-03T10:00", "2027-03-03T11:00", subject);
        booking["confirmOverlap"] = true;
        var appointmentId = await _scheduling.CreateIdAsync(booking);
        var feed = await CreateFeedAsync(TestUsers.SupportParentA);
        var path = new Uri(feed.GetProperty("url").GetString()!).PathAndQuery;
        using var anonymous = platform.AnonymousClient();

        using var first = await anonymous.GetAsync(path);
        var etag = first.Headers.ETag!;
        Assert.Contains($"UID:{appointmentId}@parentpartner", await first.Content.ReadAsStringAsync());
        using (var again = new HttpRequestMessage(HttpMethod.Get, path) { Headers = { IfNoneMatch = { etag } } })
        using (var unchanged = await anonymous.SendAsync(again))
        {
            Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        }

        using (await _scheduling.SendAsync(TestUsers.CoordinatorA, HttpMethod.Post, $"{SchedulingDriver.Appointments()}/{appointmentId}/cancellation")) { }
        using var poll = new HttpRequestMessage(HttpMethod.Get, path) { Headers = { IfNoneMatch = { etag } } };
        using var changed = await anonymous.SendAsync(poll);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
        var calendar = Calendar.Load(await changed.Content.ReadAsStringAsync())!;
        Assert.Equal("CANCELLED", calendar.Events.Single(e => e.Uid == $"{appointmentId}@parentpartner").Status);
    }

    [Fact]
    public async Task No_trace_span_of_a_feed_request_holds_its_secret()
    {
        var feed = await CreateFeedAsync(TestUsers.SupportParentA);
        var url = new Uri(feed.GetProperty("url").GetString()!);
        var secret = url.AbsolutePath.Split('/')[^1].Replace(".ics", "");
        var tags = new ConcurrentQueue<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Microsoft.AspNetCore" or "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                foreach (var tag in activity.TagObjects)
                {
                    tags.Enqueue($"{activity.OperationName} {tag.Key}={tag.Value}");
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        await ReadFeedAsync(url.ToString());

        Assert.Contains(tags, t => t.Contains("url.path=/api/public/calendar-feeds/{feed}"));
        Assert.DoesNotContain(tags, t => t.Contains(secret));
    }

    private async Task<JsonElement> CreateFeedAsync(TestUser user)
    {
        using var response = await _scheduling.SendAsync(user, HttpMethod.Post, $"/api/scheduling/programs/{TestUsers.ProgramA}/calendar-feeds", new JsonObject());
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    /// <summary>Reads the feed as a calendar app would: no token, through the gateway's anonymous route.</summary>
    private async Task<string> ReadFeedAsync(string url)
    {
        using var anonymous = platform.AnonymousClient();
        using var response = await anonymous.GetAsync(new Uri(url).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }
}
