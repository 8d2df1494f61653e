using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using NodaTime;
using ParentPartner.Contracts.Training;
using ParentPartner.Testing;

namespace ParentPartner.Training.Tests;

/// <summary>
/// Certification end to end: certified when the last pre-service course is completed, lapsed by the
/// sweep on day 366 without the supplemental courses, restored when they are completed; each step an event.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CertificationTests(Platform platform)
{
    private readonly TrainingDriver _training = new(platform);

    [Fact]
    public async Task Certified_after_the_last_pre_service_course_with_the_matching_profile_and_no_name_or_contact()
    {
        await using var certified = await DeliveryAudit<SupportParentCertified>.StartAsync(platform.Broker);
        var subject = Guid.NewGuid().ToString();
        var childBorn = _training.Today.Year - 7;
        var id = await _training.ApplyEligibleAsync(application: _training.Application()
            .WithAccount(subject)
            .WithChildBornIn(childBorn)
            .With("fatherToFatherCapable", true)
            .With("culturalBackground", "Hmong")
            .With("languages", new JsonArray("hmn", "en")));
        var preService = await _training.ActiveCoursesAsync(kind: "pre-service");
        Assert.True(preService.Count >= 6, "the default pre-service courses are seeded");

        foreach (var course in preService.SkipLast(1))
        {
            await _training.CompleteCourseAsync(id, course.GetProperty("id").GetGuid());
        }
        Assert.Equal("in-training", (await _training.SupportParentAsync(id)).GetProperty("status").GetString());

        await _training.CompleteCourseAsync(id, preService[^1].GetProperty("id").GetGuid());

        var parent = await _training.SupportParentAsync(id);
        Assert.Equal("certified", parent.GetProperty("status").GetString());
        Assert.Equal(_training.Today, DateOnly.Parse(parent.GetProperty("certification").GetProperty("certifiedOn").GetString()!));

        var published = await Eventually.UntilAsync(
            () => Task.FromResult(certified.Deliveries.Where(d => d.Message.SupportParentId == id).ToList()), d => d.Count > 0, what: "SupportParentCertified");
        var message = Assert.Single(published).Message;
        Assert.Equal(TestUsers.ProgramA, message.ProgramId);
        Assert.Equal(subject, message.UserSubject);
        Assert.Equal(["hmn", "en"], message.Languages);
        Assert.Equal("Polk", message.County);
        Assert.Equal(["in-care", "reunified"], message.CaseExperience);
        Assert.Empty(message.ConditionCategories);
        Assert.True(message.AvailableEvenings);
        Assert.False(message.AvailableWeekends);
        Assert.Equal(15, message.MaxCaseload);
        Assert.Equal("contractor", message.EmploymentType);
        Assert.True(message.FatherToFatherCapable);
        Assert.Equal("Hmong", message.CulturalBackground);
        Assert.Equal(childBorn, message.ChildBirthYear);
        var properties = typeof(SupportParentCertified).GetProperties().Select(p => p.Name).ToList();
        Assert.DoesNotContain(properties, p => p.Contains("Name") || p.Contains("Email") || p.Contains("Phone"));
    }

    [Fact]
    public async Task Attendance_is_published_for_payroll_once_with_hours_course_and_local_date()
    {
        await using var attended = await DeliveryAudit<TrainingAttended>.StartAsync(platform.Broker);
        var id = await _training.ApplyEligibleAsync(application: _training.Application().With("employmentType", "employee"));
        var course = (await _training.ActiveCoursesAsync(kind: "pre-service"))[0];
        var cohort = await _training.ScheduleStartedCohortAsync(course.GetProperty("id").GetGuid());
        var cohortId = cohort.GetProperty("id").GetGuid();
        var enrolment = await _training.EnrolAsync(cohortId, id);

        using (var first = await _training.RecordAsync(cohortId, enrolment, true, 1.75m, false))
        {
            var recorded = await first.ReadJsonAsync();
            Assert.Equal(1.75m, recorded.GetProperty("hours").GetDecimal());
            Assert.Equal("recorded", recorded.GetProperty("status").GetString());
        }
        using (var same = await _training.RecordAsync(cohortId, enrolment, true, 1.75m, false))
        {
            await same.ReadJsonAsync();
        }
        var before = await _training.StoredAsync();
        using (var different = await _training.RecordAsync(cohortId, enrolment, true, 3m, true))
        {
            await different.AssertProblemAsync(HttpStatusCode.Conflict);
        }
        Assert.Equal(before, await _training.StoredAsync());

        var message = (await Eventually.UntilAsync(
            () => Task.FromResult(attended.Deliveries.Where(d => d.Message.EnrolmentId == enrolment).ToList()), d => d.Count > 0, what: "TrainingAttended")).Single().Message;
        Assert.Equal(id, message.SupportParentId);
        Assert.Equal(1.75m, message.Hours);
        Assert.Equal(course.GetProperty("code").GetString(), message.CourseCode);
        Assert.Equal("pre-service", message.CourseKind);
        Assert.Equal("employee", message.EmploymentType);
        Assert.False(message.Completed);
        var startsLocal = cohort.GetProperty("startsLocal").GetDateTimeOffset();
        Assert.Equal(DateOnly.FromDateTime(startsLocal.DateTime), message.AttendedOn);
        Assert.Equal(cohort.GetProperty("startsAt").GetDateTimeOffset(), message.SessionStartedAt);

        // The replayed record published nothing more, and attending without completing does not count for certification.
        await Task.Delay(500);
        Assert.Single(attended.Deliveries, d => d.Message.EnrolmentId == enrolment);
        var transcript = await _training.GetAsync($"{TrainingDriver.Programs(TestUsers.ProgramA)}/support-parents/{id}/transcript", TestUsers.CoordinatorA);
        Assert.Equal(1.75m, transcript.GetProperty("totalHours").GetDecimal());
        Assert.DoesNotContain(transcript.GetProperty("courses").EnumerateArray(), c => c.GetProperty("completed").GetBoolean());
    }

    [Fact]
    public async Task Attendance_cannot_be_recorded_before_the_session_starts()
    {
        var id = await _training.ApplyEligibleAsync();
        var course = (await _training.ActiveCoursesAsync(kind: "pre-service"))[0].GetProperty("id").GetGuid();
        var cohort = (await _training.ScheduleCohortAsync(course, _training.LocalNow.PlusDays(3))).GetProperty("id").GetGuid();
        var enrolment = await _training.EnrolAsync(cohort, id);
        var before = await _training.StoredAsync();

        using var response = await _training.RecordAsync(cohort, enrolment, true, 2m, true);

        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(before, await _training.StoredAsync());
    }

    [Fact]
    public async Task Lapses_on_day_366_without_the_supplemental_courses_and_is_restored_when_they_are_completed()
    {
        await using var lapsed = await DeliveryAudit<SupportParentCertificationLapsed>.StartAsync(platform.Broker);
        await using var restored = await DeliveryAudit<SupportParentCertificationRestored>.StartAsync(platform.Broker);
        var id = await _training.CertifiedSupportParentAsync();
        var kept = await _training.CertifiedSupportParentAsync();
        await _training.CompleteAllAsync(kept, "supplemental");
        var certifiedOn = LocalDate.FromDateOnly(DateOnly.Parse((await _training.SupportParentAsync(id)).GetProperty("certification").GetProperty("certifiedOn").GetString()!));
        var transcript = await _training.GetAsync($"{TrainingDriver.Programs(TestUsers.ProgramA)}/support-parents/{id}/transcript", TestUsers.CoordinatorA);
        Assert.All(transcript.GetProperty("courses").EnumerateArray().Where(c => c.GetProperty("kind").GetString() == "supplemental"),
            c => Assert.Equal(certifiedOn.PlusDays(365).ToDateOnly(), DateOnly.Parse(c.GetProperty("dueOn").GetString()!)));

        // Day 365 after certification: the supplemental courses are due today, not overdue.
        _training.MoveClockTo(certifiedOn.PlusDays(365), new LocalTime(23, 30));
        await _training.SweepAsync();
        Assert.Equal("certified", (await _training.SupportParentAsync(id)).GetProperty("status").GetString());

        // Day 366: overdue, the sweep lapses the certification (and only that of the one who did not take them).
        _training.MoveClockTo(certifiedOn.PlusDays(366), new LocalTime(0, 30));
        await _training.SweepAsync();
        var again = await _training.SweepAsync();
        var parent = await _training.SupportParentAsync(id);
        Assert.Equal("lapsed", parent.GetProperty("status").GetString());
        Assert.Equal("certified", (await _training.SupportParentAsync(kept)).GetProperty("status").GetString());
        Assert.Equal(0, again.GetProperty("lapsed").GetInt32());

        var lapse = (await Eventually.UntilAsync(
            () => Task.FromResult(lapsed.Deliveries.Where(d => d.Message.SupportParentId == id).ToList()), d => d.Count > 0, what: "SupportParentCertificationLapsed")).Single().Message;
        var supplementalCodes = (await _training.ActiveCoursesAsync(kind: "supplemental")).Select(c => c.GetProperty("code").GetString()!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(supplementalCodes, lapse.OverdueCourses);
        Assert.Equal(TestUsers.ProgramA, lapse.ProgramId);

        // Completing all but one keeps it lapsed; the last one restores it at once.
        var supplemental = await _training.ActiveCoursesAsync(kind: "supplemental");
        foreach (var course in supplemental.SkipLast(1))
        {
            await _training.CompleteCourseAsync(id, course.GetProperty("id").GetGuid());
        }
        Assert.Equal("lapsed", (await _training.SupportParentAsync(id)).GetProperty("status").GetString());
        await _training.CompleteCourseAsync(id, supplemental[^1].GetProperty("id").GetGuid());

        Assert.Equal("certified", (await _training.SupportParentAsync(id)).GetProperty("status").GetString());
        await Eventually.UntilAsync(
            () => Task.FromResult(restored.Deliveries.Count(d => d.Message.SupportParentId == id)), n => n == 1, what: "SupportParentCertificationRestored");
        Assert.DoesNotContain(restored.Deliveries, d => d.Message.SupportParentId == kept);
    }

    [Fact]
    public async Task A_lapsed_support_parent_can_still_be_seen_by_staff_with_overdue_courses_on_the_transcript()
    {
        var id = await _training.CertifiedSupportParentAsync();
        var certifiedOn = LocalDate.FromDateOnly(DateOnly.Parse((await _training.SupportParentAsync(id)).GetProperty("certification").GetProperty("certifiedOn").GetString()!));
        _training.MoveClockTo(certifiedOn.PlusDays(366), new LocalTime(12, 0));

        await _training.SweepAsync();

        var transcript = await _training.GetAsync($"{TrainingDriver.Programs(TestUsers.ProgramA)}/support-parents/{id}/transcript", TestUsers.CoordinatorA);
        Assert.Equal("lapsed", transcript.GetProperty("status").GetString());
        Assert.All(transcript.GetProperty("courses").EnumerateArray().Where(c => c.GetProperty("kind").GetString() == "supplemental"),
            c => Assert.True(c.GetProperty("overdue").GetBoolean()));
        Assert.All(transcript.GetProperty("courses").EnumerateArray().Where(c => c.GetProperty("kind").GetString() == "pre-service"),
            c => Assert.True(c.GetProperty("completed").GetBoolean()));
    }

    [Fact]
    public async Task A_profile_change_of_a_certified_support_parent_is_published_and_an_unchanged_one_is_not()
    {
        await using var changed = await DeliveryAudit<SupportParentProfileChanged>.StartAsync(platform.Broker);
        var application = _training.Application();
        var id = await _training.CertifiedSupportParentAsync(application: application);
        using var client = await _training.ClientAsync(TestUsers.CoordinatorA);
        var path = $"{TrainingDriver.Programs(TestUsers.ProgramA)}/support-parents/{id}";

        using (var unchanged = await client.PutAsJsonAsync(path, application.Build()))
        {
            await unchanged.ReadJsonAsync();
        }
        using (var renamed = await client.PutAsJsonAsync(path, application.WithName("Dana", "Whitfield-Ortiz").Build()))
        {
            await renamed.ReadJsonAsync();
        }
        using (var moved = await client.PutAsJsonAsync(path, application.With("county", "Story").With("maxCaseload", 6).Build()))
        {
            Assert.Equal("Story", (await moved.ReadJsonAsync()).GetProperty("county").GetString());
        }

        var message = (await Eventually.UntilAsync(
            () => Task.FromResult(changed.Deliveries.Where(d => d.Message.SupportParentId == id).ToList()), d => d.Count > 0, what: "SupportParentProfileChanged")).Single().Message;
        Assert.Equal("Story", message.County);
        Assert.Equal(6, message.MaxCaseload);
        Assert.Equal("certified", message.CertificationStatus);
        await Task.Delay(500);
        Assert.Single(changed.Deliveries, d => d.Message.SupportParentId == id);
    }

    [Fact]
    public async Task A_change_of_only_the_childs_birth_year_is_published_to_matching()
    {
        await using var changed = await DeliveryAudit<SupportParentProfileChanged>.StartAsync(platform.Broker);
        var application = _training.Application().WithConditions("autism");
        var id = await _training.CertifiedSupportParentAsync(application: application);
        var born = _training.Today.Year - 11;
        using var client = await _training.ClientAsync(TestUsers.CoordinatorA);
        var path = $"{TrainingDriver.Programs(TestUsers.ProgramA)}/support-parents/{id}";

        using (var told = await client.PutAsJsonAsync(path, application.WithChildBornIn(born).Build()))
        {
            Assert.Equal(born, (await told.ReadJsonAsync()).GetProperty("livedExperience").GetProperty("childBirthYear").GetInt32());
        }

        var message = (await Eventually.UntilAsync(
            () => Task.FromResult(changed.Deliveries.Where(d => d.Message.SupportParentId == id).ToList()), d => d.Count > 0, what: "SupportParentProfileChanged")).Single().Message;
        Assert.Equal(born, message.ChildBirthYear);
        Assert.Equal(["autism"], message.ConditionCategories);
    }
}
