using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ParentPartner.Testing;

namespace ParentPartner.Scheduling.Tests;

/// <summary>The bad-input corpus on every appointment write: a 4xx problem, never a 500, and nothing stored.</summary>
[Collection(PlatformCollection.Name)]
public sealed class BadInputTests(Platform platform)
{
    private readonly SchedulingDriver _scheduling = new(platform);

    public static TheoryData<string, string> Bodies => new()
    {
        { "unknown kind", """{"kind":"picnic"}""" },
        { "unknown zone", """{"timeZone":"Mars/Olympus"}""" },
        { "offset in local time", """{"startsLocal":"2026-12-15T18:00:00-06:00"}""" },
        { "end before start", """{"endsLocal":"2026-12-15T17:00"}""" },
        { "longer than 12 hours", """{"endsLocal":"2026-12-16T18:01"}""" },
        { "in person without address", """{"address":null}""" },
        { "video without https link", """{"place":"video","videoLink":"http://meet.example.org"}""" },
        { "phone without number", """{"place":"phone"}""" },
        { "family full name", """{"familyName":"Maria Rodriguez"}""" },
        { "overlong address", $$"""{"address":"{{new string('a', 301)}}"}""" },
        { "number for text", """{"timeZone":42}""" },
        { "missing kind", """{"kind":null}""" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task A_bad_appointment_is_a_4xx_problem_and_stores_nothing(string what, string patch)
    {
        var body = SchedulingDriver.Appointment();
        foreach (var (name, value) in JsonNode.Parse(patch)!.AsObject())
        {
            body[name] = value?.DeepClone();
        }
        var existing = await _scheduling.CreateIdAsync(SchedulingDriver.Appointment());
        var before = await _scheduling.StoredAsync();

        using var created = await _scheduling.SendAsync(TestUsers.CoordinatorA, HttpMethod.Post, SchedulingDriver.Appointments(), body);
        using var changed = await _scheduling.SendAsync(TestUsers.CoordinatorA, HttpMethod.Put, $"{SchedulingDriver.Appointments()}/{existing}", body);

        Assert.True((int)created.StatusCode is >= 400 and < 500, $"{what}: {created.StatusCode}");
        await created.AssertProblemAsync(created.StatusCode);
        await changed.AssertProblemAsync(created.StatusCode);
        Assert.Equal(before, await _scheduling.StoredAsync());
    }

    public static TheoryData<string, string> ContactPatches => new()
    {
        { "unknown kind", """{"kind":"picnic"}""" },
        { "unknown mode", """{"mode":"telepathy"}""" },
        { "no minutes", """{"minutes":0}""" },
        { "a thirteen-hour contact", """{"minutes":721}""" },
        { "negative miles", """{"miles":-1}""" },
        { "hundredths of a mile", """{"miles":1.25}""" },
        { "not a time", """{"startedAt":"yesterday afternoon"}""" },
        { "a text in person", """{"kind":"text","mode":"in-person"}""" },
        { "a control character in notes", """{"notes":"line\u0007bell"}""" },
        { "overlong notes", $$"""{"notes":"{{new string('n', 2001)}}"}""" },
        { "missing start", """{"startedAt":null}""" },
    };

    [Theory]
    [MemberData(nameof(ContactPatches))]
    public async Task A_bad_contact_or_correction_is_a_4xx_problem_and_stores_nothing(string what, string patch)
    {
        var match = await _scheduling.MatchAsync(platform.Clock.GetUtcNow().AddDays(-1));
        var existing = (await _scheduling.LogContactAsync(match.MatchId, SchedulingDriver.ContactBody(platform.Clock.GetUtcNow().AddHours(-2)))).GetProperty("id").GetGuid();
        var body = SchedulingDriver.ContactBody(platform.Clock.GetUtcNow().AddHours(-1));
        foreach (var (name, value) in JsonNode.Parse(patch)!.AsObject())
        {
            body[name] = value?.DeepClone();
        }
        var correction = body.DeepClone().AsObject();
        correction["reason"] = "A correction";
        var before = await _scheduling.StoredAsync();

        using var logged = await _scheduling.SendAsync(TestUsers.SupportParentA, HttpMethod.Post, SchedulingDriver.Contacts(match.MatchId), body);
        using var corrected = await _scheduling.SendAsync(TestUsers.SupportParentA, HttpMethod.Put, SchedulingDriver.Contact(existing), correction);

        Assert.True((int)logged.StatusCode is >= 400 and < 500, $"{what}: {logged.StatusCode}");
        await logged.AssertProblemAsync(logged.StatusCode);
        await corrected.AssertProblemAsync(logged.StatusCode);
        Assert.Equal(before, await _scheduling.StoredAsync());
    }

    public static TheoryData<string, string> SeriesAndSettings => new()
    {
        { "a series of one", """{"repeat":{"count":1}}""" },
        { "a series of 105", """{"repeat":{"count":105}}""" },
        { "count and until", """{"repeat":{"count":3,"until":"2027-03-01"}}""" },
        { "every five weeks", """{"repeat":{"count":3,"intervalWeeks":5}}""" },
        { "until before the start", """{"repeat":{"until":"2026-12-01"}}""" },
    };

    [Theory]
    [MemberData(nameof(SeriesAndSettings))]
    public async Task A_bad_series_is_a_4xx_problem_and_books_no_occurrence(string what, string patch)
    {
        var body = SchedulingDriver.Appointment();
        foreach (var (name, value) in JsonNode.Parse(patch)!.AsObject())
        {
            body[name] = value?.DeepClone();
        }
        var before = await _scheduling.StoredAsync();
        var series = await _scheduling.InDatabaseAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.AppointmentSeries));

        using var created = await _scheduling.SendAsync(TestUsers.CoordinatorA, HttpMethod.Post, SchedulingDriver.Appointments(), body);

        Assert.True((int)created.StatusCode is >= 400 and < 500, $"{what}: {created.StatusCode}");
        await created.AssertProblemAsync(created.StatusCode);
        Assert.Equal(before, await _scheduling.StoredAsync());
        Assert.Equal(series, await _scheduling.InDatabaseAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.AppointmentSeries)));
    }

    [Fact]
    public async Task An_unknown_kind_is_answered_with_the_kinds_there_are()
    {
        var match = await _scheduling.MatchAsync(platform.Clock.GetUtcNow().AddDays(-1));
        var body = SchedulingDriver.ContactBody(platform.Clock.GetUtcNow().AddHours(-1));
        body["kind"] = "picnic";

        using var response = await _scheduling.SendAsync(TestUsers.SupportParentA, HttpMethod.Post, SchedulingDriver.Contacts(match.MatchId), body);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var message = problem.GetProperty("errors").GetProperty("kind")[0].GetString();
        Assert.Equal("must be one of: court-hearing, family-team-meeting, one-to-one, phone, text, support-group, other.", message);
        Assert.DoesNotContain("picnic", problem.GetRawText());
    }

    [Fact]
    public async Task Bad_follow_up_settings_are_400_problems_and_change_nothing()
    {
        var path = $"/api/scheduling/programs/{TestUsers.ProgramA}/follow-up-settings";
        var before = await _scheduling.StoredAsync();
        foreach (var body in new[]
                 {
                     new JsonObject { ["timeZone"] = "Mars/Olympus" },
                     new JsonObject { ["timeZone"] = "America/Chicago", ["firstContactHours"] = 0 },
                     new JsonObject(),
                 })
        {
            using var response = await _scheduling.SendAsync(TestUsers.AdminA, HttpMethod.Put, path, body);
            await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        }
        Assert.Equal(before, await _scheduling.StoredAsync());
    }

    [Fact]
    public async Task Malformed_json_and_a_bad_outcome_are_400_problems()
    {
        var existing = await _scheduling.CreateIdAsync(SchedulingDriver.Appointment("2026-12-01T08:00", "2026-12-01T09:00"));
        var before = await _scheduling.StoredAsync();
        using var client = await _scheduling.ClientAsync(TestUsers.CoordinatorA);

        using var malformed = await client.PostAsync(SchedulingDriver.Appointments(), new StringContent("{\"kind\":", Encoding.UTF8, "application/json"));
        await malformed.AssertProblemAsync(HttpStatusCode.BadRequest);
        using var noWho = await _scheduling.SendAsync(TestUsers.CoordinatorA, HttpMethod.Put, $"{SchedulingDriver.Appointments()}/{existing}/outcome", new JsonObject { ["outcome"] = "no-show" });
        await noWho.AssertProblemAsync(HttpStatusCode.BadRequest);
        using var unknown = await _scheduling.SendAsync(TestUsers.CoordinatorA, HttpMethod.Put, $"{SchedulingDriver.Appointments()}/{existing}/outcome", new JsonObject { ["outcome"] = "maybe" });
        await unknown.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(before, await _scheduling.StoredAsync());
    }
}
