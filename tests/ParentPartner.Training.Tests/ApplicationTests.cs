using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParentPartner.Testing;

namespace ParentPartner.Training.Tests;

/// <summary>Support-parent applications: the matching profile, and eligibility assessed at once with a date and a reason.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ApplicationTests(Platform platform)
{
    private readonly TrainingDriver _training = new(platform);

    [Fact]
    public async Task An_eligible_application_is_recorded_in_training_with_its_matching_profile()
    {
        var application = _training.Application()
            .With("fatherToFatherCapable", true)
            .With("culturalBackground", "Lakota")
            .With("availability", TrainingDriver.Body(new { evenings = true, weekends = true }));

        var created = await _training.ApplyAsync(application);

        Assert.Equal("in-training", created.GetProperty("status").GetString());
        Assert.True(created.GetProperty("eligibility").GetProperty("isEligible").GetBoolean());
        Assert.Equal(TestUsers.ProgramA, created.GetProperty("programId").GetString());
        Assert.Equal(15, created.GetProperty("maxCaseload").GetInt32());
        Assert.Equal("contractor", created.GetProperty("employmentType").GetString());
        Assert.True(created.GetProperty("fatherToFatherCapable").GetBoolean());
        Assert.Equal("Lakota", created.GetProperty("culturalBackground").GetString());
        Assert.Equal(["en", "es"], created.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(["in-care", "reunified"], created.GetProperty("livedExperience").GetProperty("childWelfareCase").GetProperty("stages").EnumerateArray().Select(s => s.GetString()));
        Assert.True(created.GetProperty("availability").GetProperty("weekends").GetBoolean());

        var id = created.GetProperty("id").GetGuid();
        var read = await _training.SupportParentAsync(id);
        Assert.Equal("Dana", read.GetProperty("firstName").GetString());
        Assert.Equal("dana.whitfield@example.org", read.GetProperty("email").GetString());
    }

    [Fact]
    public async Task An_applicant_whose_case_was_resolved_recently_is_not_yet_eligible_with_the_date_and_the_reason()
    {
        var resolved = _training.Today.AddMonths(-3);

        var created = await _training.ApplyAsync(_training.Application().ResolvedOn(resolved));

        Assert.Equal("not-yet-eligible", created.GetProperty("status").GetString());
        var eligibility = created.GetProperty("eligibility");
        Assert.False(eligibility.GetProperty("isEligible").GetBoolean());
        var eligibleOn = resolved.AddMonths(12);
        Assert.Equal(eligibleOn, DateOnly.Parse(eligibility.GetProperty("eligibleOn").GetString()!));
        var reason = eligibility.GetProperty("reason").GetString()!;
        Assert.Contains($"Eligible from {eligibleOn:yyyy-MM-dd}", reason);
        Assert.Contains("12 months since resolution", reason);
    }

    [Fact]
    public async Task Recovery_under_twelve_months_holds_an_applicant_back_with_its_own_reason()
    {
        var recovery = _training.Today.AddMonths(-11);

        var created = await _training.ApplyAsync(_training.Application().InRecoverySince(recovery));

        var eligibility = created.GetProperty("eligibility");
        Assert.Equal("not-yet-eligible", created.GetProperty("status").GetString());
        Assert.Equal(recovery.AddMonths(12), DateOnly.Parse(eligibility.GetProperty("eligibleOn").GetString()!));
        Assert.Contains("months in recovery", eligibility.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_parent_to_parent_applicant_with_condition_categories_only_has_no_waiting_period()
    {
        var created = await _training.ApplyAsync(_training.Application().WithConditions("autism", "down-syndrome").With("maxCaseload", 4));

        Assert.Equal("in-training", created.GetProperty("status").GetString());
        Assert.Equal(4, created.GetProperty("maxCaseload").GetInt32());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("livedExperience").GetProperty("childWelfareCase").ValueKind);
    }

    [Fact]
    public async Task A_not_yet_eligible_applicant_cannot_take_a_seat_and_is_told_when_they_can()
    {
        var resolved = _training.Today.AddMonths(-6);
        var id = (await _training.ApplyAsync(_training.Application().ResolvedOn(resolved))).GetProperty("id").GetGuid();
        var course = (await _training.ActiveCoursesAsync(kind: "pre-service"))[0].GetProperty("id").GetGuid();
        var cohort = (await _training.ScheduleCohortAsync(course, _training.LocalNow.PlusDays(14))).GetProperty("id").GetGuid();
        var before = await _training.StoredAsync();

        using var client = await _training.ClientAsync(TestUsers.CoordinatorA);
        using var response = await client.PostAsJsonAsync($"{TrainingDriver.Programs(TestUsers.ProgramA)}/cohorts/{cohort}/enrolments", new { supportParentId = id });

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains($"eligible from {resolved.AddMonths(12):yyyy-MM-dd}", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await _training.StoredAsync());
    }

    [Fact]
    public async Task The_birth_year_of_the_child_the_experience_is_about_is_kept_and_shown_back_and_may_be_left_out()
    {
        var born = _training.Today.Year - 9;

        var created = await _training.ApplyAsync(_training.Application().WithConditions("autism").WithChildBornIn(born));
        var thisYear = await _training.ApplyAsync(_training.Application().WithConditions("prematurity").WithChildBornIn(_training.Today.Year));
        var notGiven = await _training.ApplyAsync(_training.Application());

        Assert.Equal(born, created.GetProperty("livedExperience").GetProperty("childBirthYear").GetInt32());
        var read = await _training.SupportParentAsync(created.GetProperty("id").GetGuid());
        Assert.Equal(born, read.GetProperty("livedExperience").GetProperty("childBirthYear").GetInt32());
        Assert.Equal(_training.Today.Year, thisYear.GetProperty("livedExperience").GetProperty("childBirthYear").GetInt32());
        Assert.Equal(JsonValueKind.Null, notGiven.GetProperty("livedExperience").GetProperty("childBirthYear").ValueKind);
    }

    [Fact]
    public async Task A_case_resolved_in_the_future_is_refused_with_the_reason_and_stores_nothing()
    {
        var before = await _training.StoredAsync();
        using var client = await _training.ClientAsync(TestUsers.CoordinatorA);

        using var response = await client.PostAsJsonAsync($"{TrainingDriver.Programs(TestUsers.ProgramA)}/support-parents",
            _training.Application().ResolvedOn(_training.Today.AddDays(2)).Build());

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("livedExperience.childWelfareCase.resolvedOn", out _));
        Assert.Equal(before, await _training.StoredAsync());
    }

    [Fact]
    public async Task One_account_has_one_support_parent_record_per_program()
    {
        var subject = Guid.NewGuid().ToString();
        await _training.ApplyAsync(_training.Application().WithAccount(subject));
        var before = await _training.StoredAsync();
        using var client = await _training.ClientAsync(TestUsers.CoordinatorA);

        using var again = await client.PostAsJsonAsync($"{TrainingDriver.Programs(TestUsers.ProgramA)}/support-parents", _training.Application().WithAccount(subject).Build());

        await again.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(before, await _training.StoredAsync());
    }

    [Fact]
    public async Task An_application_sent_twice_with_the_same_idempotency_key_is_recorded_once()
    {
        using var client = await _training.ClientAsync(TestUsers.CoordinatorA);
        var body = _training.Application().WithName("Idem", "Potent").Build();
        var key = Guid.NewGuid().ToString();

        async Task<HttpResponseMessage> SendAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"{TrainingDriver.Programs(TestUsers.ProgramA)}/support-parents") { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", key);
            return await client.SendAsync(request);
        }

        using var first = await SendAsync();
        var before = await _training.StoredAsync();
        using var second = await SendAsync();

        var firstId = (await first.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var secondId = (await second.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        Assert.Equal(firstId, secondId);
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(before, await _training.StoredAsync());
    }

    [Fact]
    public async Task The_support_parent_list_pages_by_cursor_without_gaps_or_repeats_and_filters_by_status()
    {
        var created = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            created.Add(await _training.ApplyEligibleAsync());
        }

        var seen = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await _training.GetAsync($"{TrainingDriver.Programs(TestUsers.ProgramA)}/support-parents?limit=2{(cursor is null ? "" : "&cursor=" + cursor)}", TestUsers.CoordinatorA);
            var items = page.GetProperty("items").EnumerateArray().ToList();
            Assert.InRange(items.Count, 0, 2);
            Assert.All(items, item => Assert.False(item.TryGetProperty("email", out _), "the list carries no contact details"));
            seen.AddRange(items.Select(i => i.GetProperty("id").GetGuid()));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Superset(created.ToHashSet(), seen.ToHashSet());
        Assert.Equal(created, seen.Where(created.Contains));

        var notYet = await _training.GetAsync($"{TrainingDriver.Programs(TestUsers.ProgramA)}/support-parents?status=not-yet-eligible&limit=200", TestUsers.CoordinatorA);
        Assert.All(notYet.GetProperty("items").EnumerateArray(), i => Assert.Equal("not-yet-eligible", i.GetProperty("status").GetString()));
        Assert.DoesNotContain(notYet.GetProperty("items").EnumerateArray(), i => created.Contains(i.GetProperty("id").GetGuid()));
    }
}
