using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Testing;
using ParentPartner.Training.Api.Domain;

namespace ParentPartner.Training.Tests;

/// <summary>A support parent sees only their own profile, transcript and upcoming sessions, found by their token's subject.</summary>
[Collection(PlatformCollection.Name)]
public sealed class MeTests(Platform platform)
{
    private readonly TrainingDriver _training = new(platform);

    private const string Me = "/api/training/me";

    /// <summary>The support parent's record linked to their account, made on first use (one per account per program).</summary>
    private async Task<Guid> RecordOfAsync(TestUser user, string programId)
    {
        var existing = await _training.InDatabaseAsync(db => db.SupportParents.AsNoTracking()
            .Where(p => p.UserSubject == user.Subject && p.ProgramId == programId && p.Status != SupportParentStatus.Withdrawn)
            .Select(p => (Guid?)p.Id).FirstOrDefaultAsync());
        return existing ?? await _training.ApplyEligibleAsync(programId, _training.Application().WithAccount(user.Subject).WithName(user.Username, "Own"));
    }

    [Fact]
    public async Task A_support_parent_sees_their_own_profile_transcript_and_upcoming_sessions_soonest_first()
    {
        var id = await RecordOfAsync(TestUsers.SupportParentA, TestUsers.ProgramA);
        var courses = await _training.ActiveCoursesAsync(kind: "pre-service");
        await _training.CompleteCourseAsync(id, courses[0].GetProperty("id").GetGuid(), hours: 2.5m);
        var later = (await _training.ScheduleCohortAsync(courses[1].GetProperty("id").GetGuid(), _training.LocalNow.PlusDays(21))).GetProperty("id").GetGuid();
        var sooner = (await _training.ScheduleCohortAsync(courses[2].GetProperty("id").GetGuid(), _training.LocalNow.PlusDays(7))).GetProperty("id").GetGuid();
        await _training.EnrolAsync(later, id);
        await _training.EnrolAsync(sooner, id);
        // Someone else's session in the same cohort is not theirs to see.
        await _training.EnrolAsync(sooner, await _training.ApplyEligibleAsync());

        var profile = await _training.GetAsync($"{Me}/profile", TestUsers.SupportParentA);
        Assert.Equal(id, profile.GetProperty("id").GetGuid());
        Assert.Equal(TestUsers.SupportParentA.Subject, profile.GetProperty("userSubject").GetString());
        Assert.Equal(TestUsers.SupportParentA.Username, profile.GetProperty("firstName").GetString());

        var transcript = await _training.GetAsync($"{Me}/transcript", TestUsers.SupportParentA);
        Assert.Equal(id, transcript.GetProperty("supportParentId").GetGuid());
        Assert.Contains(transcript.GetProperty("courses").EnumerateArray(), c => c.GetProperty("courseId").GetGuid() == courses[0].GetProperty("id").GetGuid() && c.GetProperty("completed").GetBoolean());
        Assert.True(transcript.GetProperty("totalHours").GetDecimal() >= 2.5m);

        var first = await _training.GetAsync($"{Me}/sessions?limit=1", TestUsers.SupportParentA);
        var firstItem = Assert.Single(first.GetProperty("items").EnumerateArray());
        var rest = await _training.GetAsync($"{Me}/sessions?limit=200&cursor={first.GetProperty("nextCursor").GetString()}", TestUsers.SupportParentA);
        var sessions = new[] { firstItem }.Concat(rest.GetProperty("items").EnumerateArray()).ToList();
        var cohorts = sessions.Select(s => s.GetProperty("cohortId").GetGuid()).ToList();
        Assert.True(cohorts.IndexOf(sooner) < cohorts.IndexOf(later), "soonest first");
        Assert.All(sessions, s => Assert.True(s.GetProperty("startsAt").GetDateTimeOffset() >= platform.Clock.GetUtcNow().AddMinutes(-1), "upcoming only"));
        Assert.Equal("America/Chicago", firstItem.GetProperty("timeZone").GetString());
        Assert.Equal(sessions.Count, sessions.Select(s => s.GetProperty("enrolmentId").GetGuid()).Distinct().Count());
    }

    [Fact]
    public async Task A_support_parent_sees_the_birth_year_of_their_child_in_their_own_profile()
    {
        var id = await RecordOfAsync(TestUsers.SupportParentA, TestUsers.ProgramA);
        var born = _training.Today.Year - 14;
        using (var client = await _training.ClientAsync(TestUsers.CoordinatorA))
        {
            var body = _training.Application().WithAccount(TestUsers.SupportParentA.Subject).WithName(TestUsers.SupportParentA.Username, "Own").WithChildBornIn(born).Build();
            using var updated = await client.PutAsJsonAsync($"{TrainingDriver.Programs(TestUsers.ProgramA)}/support-parents/{id}", body);
            await updated.ReadJsonAsync();
        }

        var profile = await _training.GetAsync($"{Me}/profile", TestUsers.SupportParentA);

        Assert.Equal(id, profile.GetProperty("id").GetGuid());
        Assert.Equal(born, profile.GetProperty("livedExperience").GetProperty("childBirthYear").GetInt32());
    }

    [Fact]
    public async Task Each_support_parent_sees_their_own_record_and_never_another_programs()
    {
        var a = await RecordOfAsync(TestUsers.SupportParentA, TestUsers.ProgramA);
        var b = await RecordOfAsync(TestUsers.SupportParentB, TestUsers.ProgramB);

        Assert.Equal(a, (await _training.GetAsync($"{Me}/profile", TestUsers.SupportParentA)).GetProperty("id").GetGuid());
        Assert.Equal(b, (await _training.GetAsync($"{Me}/profile", TestUsers.SupportParentB)).GetProperty("id").GetGuid());
        Assert.Equal(TestUsers.ProgramB, (await _training.GetAsync($"{Me}/transcript", TestUsers.SupportParentB)).GetProperty("programId").GetString());

        // Asking for another program's record by name finds nothing.
        await _training.GetAsync($"{Me}/profile?programId={TestUsers.ProgramA}", TestUsers.SupportParentB, HttpStatusCode.NotFound);
        await _training.GetAsync($"{Me}/sessions?programId={TestUsers.ProgramA}", TestUsers.SupportParentB, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("profile")]
    [InlineData("transcript")]
    [InlineData("sessions")]
    public async Task A_support_parent_with_no_record_gets_404_not_someone_elses(string what)
    {
        await RecordOfAsync(TestUsers.SupportParentA, TestUsers.ProgramA);
        using var client = await _training.ClientAsync(TestUsers.SupportParentA2);

        using var response = await client.GetAsync($"{Me}/{what}");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_support_parent_cannot_use_the_staff_endpoints_even_for_their_own_record()
    {
        var id = await RecordOfAsync(TestUsers.SupportParentA, TestUsers.ProgramA);
        using var client = await _training.ClientAsync(TestUsers.SupportParentA);

        using var own = await client.GetAsync($"{TrainingDriver.Programs(TestUsers.ProgramA)}/support-parents/{id}");
        using var transcript = await client.GetAsync($"{TrainingDriver.Programs(TestUsers.ProgramA)}/support-parents/{id}/transcript");
        using var list = await client.GetAsync($"{TrainingDriver.Programs(TestUsers.ProgramA)}/support-parents");

        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, transcript.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
    }
}
