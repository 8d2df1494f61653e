using System.Net;
using System.Net.Http.Json;
using NodaTime;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders.Training;

namespace ParentPartner.Training.Tests;

/// <summary>Cohorts: a course session at a local time in the program's zone, 8–12 seats, full is 409, below 8 is flagged.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CohortTests(Platform platform)
{
    private readonly TrainingDriver _training = new(platform);

    private string Cohorts => $"{TrainingDriver.Programs(TestUsers.ProgramA)}/cohorts";

    private async Task<Guid> PreServiceCourseAsync() => (await _training.ActiveCoursesAsync(kind: "pre-service"))[0].GetProperty("id").GetGuid();

    [Fact]
    public async Task A_cohort_is_stored_in_utc_and_shown_in_the_programs_time_zone()
    {
        var local = new LocalDateTime(_training.LocalNow.Year, _training.LocalNow.Month, _training.LocalNow.Day, 18, 30).PlusDays(20);

        var cohort = await _training.ScheduleCohortAsync(await PreServiceCourseAsync(), local);

        var expected = local.InZoneStrictly(TrainingDriver.Chicago);
        Assert.Equal(expected.ToInstant().ToDateTimeOffset(), cohort.GetProperty("startsAt").GetDateTimeOffset());
        Assert.Equal(TimeSpan.Zero, cohort.GetProperty("startsAt").GetDateTimeOffset().Offset);
        var shown = cohort.GetProperty("startsLocal").GetDateTimeOffset();
        Assert.Equal(local.ToDateTimeUnspecified(), shown.DateTime);
        Assert.Equal(expected.Offset.ToTimeSpan(), shown.Offset);
        Assert.Equal("America/Chicago", cohort.GetProperty("timeZone").GetString());
        Assert.Equal(12, cohort.GetProperty("capacity").GetInt32());
        Assert.Equal("Pat Okafor", cohort.GetProperty("trainer").GetString());
    }

    [Fact]
    public async Task A_full_cohort_refuses_the_next_enrolment_with_409_and_stores_nothing()
    {
        var cohort = (await _training.ScheduleCohortAsync(await PreServiceCourseAsync(), _training.LocalNow.PlusDays(10))).GetProperty("id").GetGuid();
        for (var seat = 0; seat < 12; seat++)
        {
            await _training.EnrolAsync(cohort, await _training.ApplyEligibleAsync());
        }
        var thirteenth = await _training.ApplyEligibleAsync();
        var before = await _training.StoredAsync();
        using var client = await _training.ClientAsync(TestUsers.CoordinatorA);

        using var response = await client.PostAsJsonAsync($"{Cohorts}/{cohort}/enrolments", new { supportParentId = thirteenth });

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("full", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await _training.StoredAsync());
        var read = await _training.GetAsync($"{Cohorts}/{cohort}", TestUsers.CoordinatorA);
        Assert.Equal(12, read.GetProperty("enrolled").GetInt32());
        Assert.Equal(0, read.GetProperty("seatsLeft").GetInt32());
        Assert.False(read.GetProperty("belowMinimumSize").GetBoolean());
    }

    [Fact]
    public async Task A_cohort_below_eight_runs_but_is_flagged_until_it_reaches_eight()
    {
        var cohort = (await _training.ScheduleCohortAsync(await PreServiceCourseAsync(), _training.LocalNow.PlusDays(11))).GetProperty("id").GetGuid();
        for (var seat = 0; seat < 7; seat++)
        {
            await _training.EnrolAsync(cohort, await _training.ApplyEligibleAsync());
        }

        var seven = await _training.GetAsync($"{Cohorts}/{cohort}", TestUsers.CoordinatorA);
        Assert.True(seven.GetProperty("belowMinimumSize").GetBoolean());
        Assert.Equal(["below-minimum-size"], seven.GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(7, seven.GetProperty("enrolled").GetInt32());

        await _training.EnrolAsync(cohort, await _training.ApplyEligibleAsync());

        var eight = await _training.GetAsync($"{Cohorts}/{cohort}", TestUsers.CoordinatorA);
        Assert.False(eight.GetProperty("belowMinimumSize").GetBoolean());
        Assert.Empty(eight.GetProperty("flags").EnumerateArray());
    }

    [Fact]
    public async Task The_same_person_cannot_take_two_seats_in_one_cohort()
    {
        var cohort = (await _training.ScheduleCohortAsync(await PreServiceCourseAsync(), _training.LocalNow.PlusDays(12))).GetProperty("id").GetGuid();
        var person = await _training.ApplyEligibleAsync();
        await _training.EnrolAsync(cohort, person);
        var before = await _training.StoredAsync();
        using var client = await _training.ClientAsync(TestUsers.CoordinatorA);

        using var response = await client.PostAsJsonAsync($"{Cohorts}/{cohort}/enrolments", new { supportParentId = person });

        await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(before, await _training.StoredAsync());
    }

    [Theory]
    [InlineData(7)]
    [InlineData(13)]
    public async Task Seats_outside_the_programs_cohort_size_are_refused(int seats)
    {
        await AssertRefusedAsync(new CohortRequestBuilder(await PreServiceCourseAsync(), DateTime.Now.AddDays(5)).WithSeats(seats).Build(), "seats");
    }

    [Fact]
    public async Task A_local_time_the_clocks_skip_is_refused()
    {
        // The second Sunday of March, 02:30: it does not exist in Chicago.
        var year = _training.LocalNow.Year + 1;
        var march = new LocalDate(year, 3, 1);
        var secondSunday = march.With(DateAdjusters.NextOrSame(IsoDayOfWeek.Sunday)).PlusWeeks(1);
        await AssertRefusedAsync(
            new CohortRequestBuilder(await PreServiceCourseAsync(), DateTime.Now).StartingAt($"{secondSunday:yyyy-MM-dd}T02:30").Build(), "startsLocal");
    }

    [Fact]
    public async Task A_session_more_than_two_years_ahead_is_refused()
    {
        var far = _training.LocalNow.PlusYears(3);
        await AssertRefusedAsync(new CohortRequestBuilder(await PreServiceCourseAsync(), far.ToDateTimeUnspecified()).Build(), "startsLocal");
    }

    [Fact]
    public async Task A_course_of_another_program_is_not_found()
    {
        var courseOfB = (await _training.ActiveCoursesAsync(TestUsers.ProgramB))[0].GetProperty("id").GetGuid();
        var before = await _training.StoredAsync();
        using var client = await _training.ClientAsync(TestUsers.CoordinatorAB);

        using var response = await client.PostAsJsonAsync(Cohorts, new CohortRequestBuilder(courseOfB, DateTime.Now.AddDays(5)).Build());

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(before, await _training.StoredAsync());
    }

    [Fact]
    public async Task Cohorts_and_rosters_page_by_cursor_in_time_order()
    {
        var course = await PreServiceCourseAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await _training.ScheduleCohortAsync(course, _training.LocalNow.PlusDays(400 - i))).GetProperty("id").GetGuid());
        }
        ids.Reverse();

        var seen = new List<(Guid Id, DateTimeOffset StartsAt)>();
        string? cursor = null;
        do
        {
            var page = await _training.GetAsync($"{Cohorts}?courseId={course}&upcomingOnly=true&limit=2{(cursor is null ? "" : "&cursor=" + cursor)}", TestUsers.CoordinatorA);
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(c => (c.GetProperty("id").GetGuid(), c.GetProperty("startsAt").GetDateTimeOffset())));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(seen.Select(s => s.StartsAt).Order(), seen.Select(s => s.StartsAt));
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(ids, seen.Select(s => s.Id).Where(ids.Contains));

        var cohort = ids[0];
        var people = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var person = await _training.ApplyEligibleAsync();
            people.Add(person);
            await _training.EnrolAsync(cohort, person);
        }
        var first = await _training.GetAsync($"{Cohorts}/{cohort}/enrolments?limit=2", TestUsers.CoordinatorA);
        var second = await _training.GetAsync($"{Cohorts}/{cohort}/enrolments?limit=2&cursor={first.GetProperty("nextCursor").GetString()}", TestUsers.CoordinatorA);
        var roster = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).ToList();
        Assert.Equal(people, roster.Select(e => e.GetProperty("supportParentId").GetGuid()));
        Assert.Equal("Dana", roster[0].GetProperty("firstName").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
    }

    private async Task AssertRefusedAsync(System.Text.Json.Nodes.JsonObject body, string field)
    {
        await _training.ActiveCoursesAsync();
        var before = await _training.StoredAsync();
        using var client = await _training.ClientAsync(TestUsers.CoordinatorA);

        using var response = await client.PostAsJsonAsync(Cohorts, body);

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"an error for {field}");
        Assert.Equal(before, await _training.StoredAsync());
    }
}
