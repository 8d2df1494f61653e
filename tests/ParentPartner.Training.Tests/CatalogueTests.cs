using System.Net;
using System.Net.Http.Json;
using ParentPartner.Contracts.Training;
using ParentPartner.Testing;

namespace ParentPartner.Training.Tests;

/// <summary>The course catalogue: seeded with the defaults per program; programs add and retire courses.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CatalogueTests(Platform platform)
{
    private readonly TrainingDriver _training = new(platform);

    private static readonly string[] PreService = ["mandatory-reporting", "boundaries", "safety", "department-overview", "confidentiality", "ethics"];
    private static readonly string[] Supplemental = ["domestic-violence", "mental-health", "cultural-competency", "substance-use"];

    [Theory]
    [InlineData(TestUsers.ProgramA)]
    [InlineData(TestUsers.ProgramB)]
    public async Task Every_program_starts_with_the_default_catalogue(string programId)
    {
        var all = await _training.GetAsync($"{TrainingDriver.Programs(programId)}/courses?includeRetired=true&limit=200", TrainingDriver.CoordinatorFor(programId));
        var courses = all.GetProperty("items").EnumerateArray().ToList();

        Assert.All(courses, c => Assert.Equal(programId, c.GetProperty("programId").GetString()));
        Assert.Superset(PreService.ToHashSet(), courses.Where(c => c.GetProperty("kind").GetString() == "pre-service").Select(c => c.GetProperty("code").GetString()!).ToHashSet());
        Assert.Superset(Supplemental.ToHashSet(), courses.Where(c => c.GetProperty("kind").GetString() == "supplemental").Select(c => c.GetProperty("code").GetString()!).ToHashSet());
        Assert.Equal(courses.Count, courses.Select(c => c.GetProperty("code").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task A_program_adds_a_course_once_and_its_code_stays_taken()
    {
        using var client = await _training.ClientAsync(TestUsers.AdminA);
        var code = $"trauma-informed-{Guid.NewGuid():N}"[..30];

        using var added = await client.PostAsJsonAsync($"{TrainingDriver.Programs(TestUsers.ProgramA)}/courses", new { code, title = "Trauma-informed care", kind = "supplemental" });
        var course = await added.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/training/programs/{TestUsers.ProgramA}/courses/{course.GetProperty("id").GetGuid()}", added.Headers.Location?.OriginalString);
        Assert.Contains(await _training.ActiveCoursesAsync(kind: "supplemental"), c => c.GetProperty("code").GetString() == code);

        var before = await _training.StoredAsync();
        using var again = await client.PostAsJsonAsync($"{TrainingDriver.Programs(TestUsers.ProgramA)}/courses", new { code, title = "Again", kind = "pre-service" });
        await again.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(before, await _training.StoredAsync());

        // The other program's catalogue is its own.
        Assert.DoesNotContain(await _training.ActiveCoursesAsync(TestUsers.ProgramB), c => c.GetProperty("code").GetString() == code);
    }

    [Fact]
    public async Task A_new_pre_service_course_is_required_and_retiring_it_certifies_those_it_held_back()
    {
        await using var certified = await DeliveryAudit<SupportParentCertified>.StartAsync(platform.Broker);
        var person = await _training.ApplyEligibleAsync();
        await _training.CompleteAllAsync(person, "pre-service");
        Assert.Equal("certified", (await _training.SupportParentAsync(person)).GetProperty("status").GetString());

        using var client = await _training.ClientAsync(TestUsers.CoordinatorA);
        var code = $"home-visits-{Guid.NewGuid():N}"[..24];
        using var added = await client.PostAsJsonAsync($"{TrainingDriver.Programs(TestUsers.ProgramA)}/courses", new { code, title = "Home visits", kind = "pre-service" });
        var courseId = (await added.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        // Already certified: unaffected. A newcomer who has done every course but the new one: held back.
        Assert.Equal("certified", (await _training.SupportParentAsync(person)).GetProperty("status").GetString());
        var newcomer = await _training.ApplyEligibleAsync();
        foreach (var other in (await _training.ActiveCoursesAsync(kind: "pre-service")).Where(c => c.GetProperty("id").GetGuid() != courseId))
        {
            await _training.CompleteCourseAsync(newcomer, other.GetProperty("id").GetGuid());
        }
        Assert.Equal("in-training", (await _training.SupportParentAsync(newcomer)).GetProperty("status").GetString());

        using var retired = await client.PostAsync($"{TrainingDriver.Programs(TestUsers.ProgramA)}/courses/{courseId}/retirement", null);
        var course = await retired.ReadJsonAsync();
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, course.GetProperty("retiredAt").ValueKind);
        Assert.False(course.GetProperty("required").GetBoolean());

        Assert.Equal("certified", (await _training.SupportParentAsync(newcomer)).GetProperty("status").GetString());
        await Eventually.UntilAsync(() => Task.FromResult(certified.Deliveries.Count(d => d.Message.SupportParentId == newcomer)), n => n == 1, what: "the newcomer's certification");
        Assert.DoesNotContain(await _training.ActiveCoursesAsync(), c => c.GetProperty("id").GetGuid() == courseId);
        var withRetired = await _training.GetAsync($"{TrainingDriver.Programs(TestUsers.ProgramA)}/courses?includeRetired=true&limit=200", TestUsers.CoordinatorA);
        Assert.Contains(withRetired.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == courseId);

        // A retired course takes no new cohorts; retiring again changes nothing.
        using var cohort = await client.PostAsJsonAsync($"{TrainingDriver.Programs(TestUsers.ProgramA)}/cohorts",
            new ParentPartner.Testing.Builders.Training.CohortRequestBuilder(courseId, DateTime.Now.AddDays(3)).Build());
        await cohort.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        using var again = await client.PostAsync($"{TrainingDriver.Programs(TestUsers.ProgramA)}/courses/{courseId}/retirement", null);
        Assert.Equal(course.GetProperty("retiredAt").GetDateTimeOffset(), (await again.ReadJsonAsync()).GetProperty("retiredAt").GetDateTimeOffset());
    }
}
