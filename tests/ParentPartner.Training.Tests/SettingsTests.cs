using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NodaTime;
using ParentPartner.Testing;

namespace ParentPartner.Training.Tests;

/// <summary>Per-program training settings: the defaults, changes by the program admin, and validation.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SettingsTests(Platform platform)
{
    private readonly TrainingDriver _training = new(platform);

    private static object Defaults => new
    {
        timeZone = "America/Chicago",
        eligibilityMonths = 12,
        recoveryMonths = 12,
        supplementalDueDays = 365,
        cohortMinSeats = 8,
        cohortMaxSeats = 12,
        defaultMaxCaseload = 15,
    };

    [Theory]
    [InlineData(TestUsers.ProgramA, "admin.a")]
    [InlineData(TestUsers.ProgramB, "admin.b")]
    public async Task Settings_default_to_the_programs_published_practice(string programId, string admin)
    {
        var settings = await _training.GetAsync($"{TrainingDriver.Programs(programId)}/settings", TestUsers.All.Single(u => u.Username == admin));

        Assert.Equal(programId, settings.GetProperty("programId").GetString());
        Assert.Equal("America/Chicago", settings.GetProperty("timeZone").GetString());
        Assert.Equal(12, settings.GetProperty("eligibilityMonths").GetInt32());
        Assert.Equal(12, settings.GetProperty("recoveryMonths").GetInt32());
        Assert.Equal(365, settings.GetProperty("supplementalDueDays").GetInt32());
        Assert.Equal(8, settings.GetProperty("cohortMinSeats").GetInt32());
        Assert.Equal(12, settings.GetProperty("cohortMaxSeats").GetInt32());
        Assert.Equal(15, settings.GetProperty("defaultMaxCaseload").GetInt32());
    }

    [Fact]
    public async Task A_program_admin_changes_the_settings_and_new_work_follows_them()
    {
        using var admin = await _training.ClientAsync(TestUsers.AdminB);
        var path = $"{TrainingDriver.Programs(TestUsers.ProgramB)}/settings";
        try
        {
            using var put = await admin.PutAsJsonAsync(path, new
            {
                timeZone = "Pacific/Auckland",
                eligibilityMonths = 18,
                recoveryMonths = 24,
                supplementalDueDays = 180,
                cohortMinSeats = 4,
                cohortMaxSeats = 6,
                defaultMaxCaseload = 9,
            });
            var saved = await put.ReadJsonAsync();
            Assert.Equal("Pacific/Auckland", saved.GetProperty("timeZone").GetString());
            Assert.Equal(18, (await _training.GetAsync(path, TestUsers.AdminB)).GetProperty("eligibilityMonths").GetInt32());

            // Eligibility counts 18 months now, caseload defaults to 9, cohorts hold 4–6 and times are Auckland's.
            var resolved = _training.Today.AddMonths(-13);
            var applicant = await _training.ApplyAsync(_training.Application().ResolvedOn(resolved), TestUsers.ProgramB);
            Assert.Equal("not-yet-eligible", applicant.GetProperty("status").GetString());
            Assert.Equal(resolved.AddMonths(18), DateOnly.Parse(applicant.GetProperty("eligibility").GetProperty("eligibleOn").GetString()!));
            Assert.Equal(9, applicant.GetProperty("maxCaseload").GetInt32());

            var course = (await _training.ActiveCoursesAsync(TestUsers.ProgramB))[0].GetProperty("id").GetGuid();
            var local = new LocalDateTime(_training.LocalNow.Year, 1, 1, 9, 0).PlusYears(1);
            var cohort = await _training.ScheduleCohortAsync(course, local, programId: TestUsers.ProgramB);
            Assert.Equal(6, cohort.GetProperty("capacity").GetInt32());
            Assert.Equal("Pacific/Auckland", cohort.GetProperty("timeZone").GetString());
            Assert.Equal(local.InZoneStrictly(DateTimeZoneProviders.Tzdb["Pacific/Auckland"]).ToInstant().ToDateTimeOffset(), cohort.GetProperty("startsAt").GetDateTimeOffset());
            Assert.Equal(TimeSpan.FromHours(13), cohort.GetProperty("startsLocal").GetDateTimeOffset().Offset);
        }
        finally
        {
            using var restore = await admin.PutAsJsonAsync(path, Defaults);
            await restore.ReadJsonAsync();
        }
    }

    [Theory]
    [InlineData("timeZone", "\"Mars/Olympus_Mons\"")]
    [InlineData("timeZone", "\"CST\"")]
    [InlineData("timeZone", "null")]
    [InlineData("eligibilityMonths", "-1")]
    [InlineData("eligibilityMonths", "121")]
    [InlineData("supplementalDueDays", "0")]
    [InlineData("cohortMinSeats", "13")]
    [InlineData("defaultMaxCaseload", "0")]
    [InlineData("recoveryMonths", "null")]
    public async Task Invalid_settings_are_refused_field_by_field_and_change_nothing(string field, string value)
    {
        var path = $"{TrainingDriver.Programs(TestUsers.ProgramA)}/settings";
        var before = (await _training.GetAsync(path, TestUsers.AdminA)).GetRawText();
        var body = TrainingDriver.Body(Defaults);
        body[field] = System.Text.Json.Nodes.JsonNode.Parse(value);
        using var admin = await _training.ClientAsync(TestUsers.AdminA);

        using var response = await admin.PutAsJsonAsync(path, body);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"an error for {field}: {problem}");
        Assert.Equal(before, (await _training.GetAsync(path, TestUsers.AdminA)).GetRawText());
    }

    [Fact]
    public async Task Settings_are_the_program_admins_not_the_coordinators()
    {
        var path = $"{TrainingDriver.Programs(TestUsers.ProgramA)}/settings";
        using var coordinator = await _training.ClientAsync(TestUsers.CoordinatorA);

        using var read = await coordinator.GetAsync(path);
        using var write = await coordinator.PutAsJsonAsync(path, Defaults);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(JsonValueKind.Object, (await _training.GetAsync(path, TestUsers.AdminA)).ValueKind);
    }
}
