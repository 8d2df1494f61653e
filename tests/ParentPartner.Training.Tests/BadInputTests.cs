using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders.Training;

namespace ParentPartner.Training.Tests;

/// <summary>
/// The bad-input corpus: malformed JSON, wrong types, oversize strings, unknown enum values and fields,
/// control characters, bad dates and codes. Each gets a 4xx problem through the gateway and stores
/// nothing; injection strings and mixed scripts are ordinary text, stored and returned verbatim.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class BadInputTests(Platform platform)
{
    private readonly TrainingDriver _training = new(platform);

    private static string SupportParents => $"{TrainingDriver.Programs(TestUsers.ProgramA)}/support-parents";

    public static TheoryData<string> MalformedBodies => new()
    {
        "{\"firstName\": \"Dana\", ",
        "",
        "[]",
        "null",
        "{\"firstName\": \"Dana\"}}",
        "{'firstName': 'Dana'}",
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task Malformed_json_is_400(string body) =>
        await AssertRefusedAsync("POST", SupportParents, TrainingDriver.Json(body), HttpStatusCode.BadRequest);

    [Fact]
    public async Task A_body_that_is_not_json_is_415() =>
        await AssertRefusedAsync("POST", SupportParents, new StringContent(_training.Application().ToJson(), Encoding.UTF8, "text/plain"), HttpStatusCode.UnsupportedMediaType);

    [Fact]
    public async Task An_oversize_body_is_413_at_the_gateway() =>
        await AssertRefusedAsync("POST", SupportParents, TrainingDriver.Json(_training.Application().With("county", new string('x', 400_000)).ToJson()), HttpStatusCode.RequestEntityTooLarge);

    public static TheoryData<string, string> WrongTypesAndUnknownValues => new()
    {
        { "firstName", "5" },
        { "firstName", "{\"given\": \"Dana\"}" },
        { "maxCaseload", "\"fifteen\"" },
        { "maxCaseload", "15.5" },
        { "languages", "\"en\"" },
        { "livedExperience", "[]" },
        { "availability", "true" },
        { "fatherToFatherCapable", "\"yes\"" },
        { "employmentType", "\"freelancer\"" },
        { "employmentType", "1" },
        { "employmentType", "\"part-time\"" },
        { "socialSecurityNumber", "\"123-45-6789\"" },
    };

    [Theory]
    [MemberData(nameof(WrongTypesAndUnknownValues))]
    public async Task Wrong_types_unknown_enum_values_and_unknown_fields_are_400(string field, string rawValue)
    {
        var body = _training.Application().Build();
        body[field] = JsonNode.Parse(rawValue);
        await AssertRefusedAsync("POST", SupportParents, TrainingDriver.Json(body.ToJsonString()), HttpStatusCode.BadRequest);
    }

    public static TheoryData<string, string> NestedBadValues => new()
    {
        { "childWelfareCase", "{\"resolvedOn\": \"2024-02-30\"}" },
        { "childWelfareCase", "{\"resolvedOn\": \"last spring\"}" },
        { "childWelfareCase", "{\"resolvedOn\": \"2024-01-01\", \"stages\": [\"adopted\"]}" },
        { "childWelfareCase", "{\"resolvedOn\": \"2024-01-01\", \"stages\": [null]}" },
        { "inRecoverySince", "\"2023-13-01\"" },
        { "inRecoverySince", "20230101" },
        { "childBirthYear", "2015.5" },
        { "childBirthYear", "\"ninety\"" },
        { "childBirthYear", "[2015]" },
    };

    [Theory]
    [MemberData(nameof(NestedBadValues))]
    public async Task Bad_dates_and_unknown_case_stages_are_400(string field, string rawValue)
    {
        var body = _training.Application().WithLivedExperience(field, JsonNode.Parse(rawValue)).ToJson();
        await AssertRefusedAsync("POST", SupportParents, TrainingDriver.Json(body), HttpStatusCode.BadRequest);
    }

    public static TheoryData<string, string, string> FieldErrors => new()
    {
        { "firstName", "x101", "firstName" },
        { "lastName", "", "lastName" },
        { "county", "x101", "county" },
        { "culturalBackground", "x101", "culturalBackground" },
        { "email", "not-an-email", "email" },
        { "email", "a@b.cc" + new string('x', 250), "email" },
        { "phone", "call me maybe", "phone" },
        { "firstName", "Ann\u0000", "firstName" },
        { "county", "Polk\u001b[31m", "county" },
        { "userSubject", "has a space", "userSubject" },
        { "userSubject", "x101", "userSubject" },
    };

    [Theory]
    [MemberData(nameof(FieldErrors))]
    public async Task Oversize_and_badly_shaped_strings_are_400_with_a_field_error(string field, string value, string errorField)
    {
        var real = value == "x101" ? new string('x', 101) : value;
        var body = _training.Application().With(field, real).ToJson();
        var problem = await AssertRefusedAsync("POST", SupportParents, TrainingDriver.Json(body), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(errorField, out _), $"an error for {errorField}");
        Assert.DoesNotContain(new string('x', 101), problem.GetRawText());
    }

    [Theory]
    [InlineData("languages", "[]")]
    [InlineData("languages", "[\"english!\"]")]
    [InlineData("languages", "[\"en\",\"es\",\"fr\",\"de\",\"it\",\"pt\",\"nl\",\"sv\",\"no\",\"da\",\"fi\"]")]
    [InlineData("maxCaseload", "0")]
    [InlineData("maxCaseload", "101")]
    public async Task Bad_languages_and_caseloads_are_400(string field, string rawValue)
    {
        var body = _training.Application().With(field, JsonNode.Parse(rawValue)).ToJson();
        var problem = await AssertRefusedAsync("POST", SupportParents, TrainingDriver.Json(body), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    /// <summary>Years of birth from 1900 to this year (the program's); <c>+1</c> is next year.</summary>
    [Theory]
    [InlineData("1899")]
    [InlineData("0")]
    [InlineData("-2015")]
    [InlineData("20150")]
    [InlineData("+1")]
    public async Task A_child_birth_year_outside_1900_to_this_year_is_400_with_a_field_error(string year)
    {
        var value = year == "+1" ? _training.Today.Year + 1 : int.Parse(year, CultureInfo.InvariantCulture);
        var body = _training.Application().WithConditions("autism").WithChildBornIn(value).ToJson();
        var problem = await AssertRefusedAsync("POST", SupportParents, TrainingDriver.Json(body), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("livedExperience.childBirthYear", out _));
    }

    [Fact]
    public async Task A_replacement_profile_with_a_future_child_birth_year_is_400_and_changes_nothing()
    {
        var id = await _training.ApplyEligibleAsync();
        var body = _training.Application().WithChildBornIn(_training.Today.Year + 1).ToJson();

        var problem = await AssertRefusedAsync("PUT", $"{SupportParents}/{id}", TrainingDriver.Json(body), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("livedExperience.childBirthYear", out _));
        Assert.Equal(JsonValueKind.Null, (await _training.SupportParentAsync(id)).GetProperty("livedExperience").GetProperty("childBirthYear").ValueKind);
    }

    [Theory]
    [InlineData("[\"Autism Spectrum\"]")]
    [InlineData("[\"<script>\"]")]
    [InlineData("[\"autism\", \"autism\"]")]
    public async Task Condition_categories_are_kebab_case_codes(string rawValue)
    {
        var body = _training.Application().WithConditions("autism").WithLivedExperience("conditionCategories", JsonNode.Parse(rawValue)).ToJson();
        var problem = await AssertRefusedAsync("POST", SupportParents, TrainingDriver.Json(body), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("livedExperience.conditionCategories", out _));
    }

    [Fact]
    public async Task An_applicant_without_lived_experience_or_a_way_to_reach_them_is_400()
    {
        var noExperience = _training.Application().Without("livedExperience").ToJson();
        var unreachable = _training.Application().With("email", null).With("phone", null).ToJson();

        var first = await AssertRefusedAsync("POST", SupportParents, TrainingDriver.Json(noExperience), HttpStatusCode.BadRequest);
        var second = await AssertRefusedAsync("POST", SupportParents, TrainingDriver.Json(unreachable), HttpStatusCode.BadRequest);

        Assert.True(first.GetProperty("errors").TryGetProperty("livedExperience", out _));
        Assert.True(second.GetProperty("errors").TryGetProperty("email", out _));
    }

    [Fact]
    public async Task Injection_strings_and_mixed_scripts_are_stored_as_text_and_returned_verbatim()
    {
        const string lastName = "O'Brien'); DROP TABLE support_parents;--";
        const string firstName = "Зоя 李 مريم <script>alert(1)</script>";
        const string county = "Doña Ana {{7*7}} ${jndi:ldap://x}";
        var created = await _training.ApplyAsync(_training.Application().WithName(firstName, lastName).With("county", county).With("culturalBackground", "Diné / 🪶"));

        var read = await _training.SupportParentAsync(created.GetProperty("id").GetGuid());

        Assert.Equal(firstName, read.GetProperty("firstName").GetString());
        Assert.Equal(lastName, read.GetProperty("lastName").GetString());
        Assert.Equal(county, read.GetProperty("county").GetString());
        Assert.Equal("Diné / 🪶", read.GetProperty("culturalBackground").GetString());
        Assert.True((await _training.ActiveCoursesAsync()).Count > 0, "the tables are all still there");
    }

    public static TheoryData<string, string> BadCourses => new()
    {
        { "{\"code\": \"Has Spaces\", \"title\": \"T\", \"kind\": \"pre-service\"}", "code" },
        { "{\"code\": \"" + new string('a', 51) + "\", \"title\": \"T\", \"kind\": \"pre-service\"}", "code" },
        { "{\"code\": \"ok-code\", \"title\": \"" + new string('t', 201) + "\", \"kind\": \"pre-service\"}", "title" },
        { "{\"code\": \"ok-code\", \"title\": \"T\\u0000\", \"kind\": \"pre-service\"}", "title" },
        { "{\"code\": \"ok-code\", \"title\": \"T\"}", "kind" },
        { "{\"code\": \"ok-code\", \"title\": \"T\", \"kind\": \"optional\"}", "" },
        { "{\"code\": 7, \"title\": \"T\", \"kind\": \"pre-service\"}", "" },
    };

    [Theory]
    [MemberData(nameof(BadCourses))]
    public async Task Bad_courses_are_400(string body, string field)
    {
        var problem = await AssertRefusedAsync("POST", $"{TrainingDriver.Programs(TestUsers.ProgramA)}/courses", TrainingDriver.Json(body), HttpStatusCode.BadRequest);
        if (field.Length > 0)
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"an error for {field}");
        }
    }

    public static TheoryData<string, string> BadCohorts => new()
    {
        { "startsLocal", "\"2026-03-10T18:00Z\"" },
        { "startsLocal", "\"next tuesday\"" },
        { "startsLocal", "null" },
        { "durationMinutes", "5" },
        { "durationMinutes", "721" },
        { "durationMinutes", "\"two hours\"" },
        { "trainer", "null" },
        { "trainer", "\"" + new string('t', 201) + "\"" },
        { "courseId", "\"not-a-guid\"" },
        { "seats", "-1" },
    };

    [Theory]
    [MemberData(nameof(BadCohorts))]
    public async Task Bad_cohorts_are_400(string field, string rawValue)
    {
        var course = (await _training.ActiveCoursesAsync())[0].GetProperty("id").GetGuid();
        var body = new CohortRequestBuilder(course, DateTime.Now.AddDays(5)).With(field, JsonNode.Parse(rawValue)).Build().ToJsonString();
        await AssertRefusedAsync("POST", $"{TrainingDriver.Programs(TestUsers.ProgramA)}/cohorts", TrainingDriver.Json(body), HttpStatusCode.BadRequest);
    }

    public static TheoryData<string> BadAttendance => new()
    {
        "{}",
        "{\"attended\": true}",
        "{\"attended\": true, \"hours\": 25}",
        "{\"attended\": true, \"hours\": 1.234}",
        "{\"attended\": true, \"hours\": -1}",
        "{\"attended\": true, \"hours\": \"two\"}",
        "{\"attended\": false, \"hours\": 2}",
        "{\"attended\": false, \"completed\": true}",
        "{\"attended\": \"yes\"}",
    };

    [Theory]
    [MemberData(nameof(BadAttendance))]
    public async Task Bad_attendance_records_are_400(string body)
    {
        var course = (await _training.ActiveCoursesAsync(kind: "pre-service"))[0].GetProperty("id").GetGuid();
        var cohort = (await _training.ScheduleStartedCohortAsync(course)).GetProperty("id").GetGuid();
        var enrolment = await _training.EnrolAsync(cohort, await _training.ApplyEligibleAsync());

        await AssertRefusedAsync("PUT", $"{TrainingDriver.Programs(TestUsers.ProgramA)}/cohorts/{cohort}/enrolments/{enrolment}/attendance", TrainingDriver.Json(body), HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("{\"supportParentId\": \"abc\"}")]
    [InlineData("{}")]
    [InlineData("{\"supportParentId\": 42}")]
    public async Task Bad_enrolments_are_400(string body)
    {
        var course = (await _training.ActiveCoursesAsync(kind: "pre-service"))[0].GetProperty("id").GetGuid();
        var cohort = (await _training.ScheduleCohortAsync(course, _training.LocalNow.PlusDays(8))).GetProperty("id").GetGuid();

        await AssertRefusedAsync("POST", $"{TrainingDriver.Programs(TestUsers.ProgramA)}/cohorts/{cohort}/enrolments", TrainingDriver.Json(body), HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("{\"reason\": \"bored\"}")]
    [InlineData("{}")]
    [InlineData("{\"reason\": \"other\", \"comment\": \"x\"}")]
    public async Task Bad_withdrawals_are_400_and_erase_nothing(string body)
    {
        var id = await _training.ApplyEligibleAsync();

        await AssertRefusedAsync("POST", $"{SupportParents}/{id}/withdrawal", TrainingDriver.Json(body), HttpStatusCode.BadRequest);

        Assert.Equal("Dana", (await _training.SupportParentAsync(id)).GetProperty("firstName").GetString());
    }

    [Fact]
    public async Task A_bad_replacement_profile_is_400_and_changes_nothing()
    {
        var id = await _training.ApplyEligibleAsync();
        var body = _training.Application().With("county", new string('x', 101)).ToJson();

        await AssertRefusedAsync("PUT", $"{SupportParents}/{id}", TrainingDriver.Json(body), HttpStatusCode.BadRequest);

        Assert.Equal("Polk", (await _training.SupportParentAsync(id)).GetProperty("county").GetString());
    }

    [Theory]
    [InlineData("support-parents?limit=0")]
    [InlineData("support-parents?limit=201")]
    [InlineData("support-parents?limit=abc")]
    [InlineData("support-parents?cursor=not-a-cursor")]
    [InlineData("support-parents?status=retired")]
    [InlineData("courses?cursor=%00")]
    [InlineData("cohorts?courseId=nope")]
    [InlineData("cohorts?upcomingOnly=maybe")]
    public async Task Bad_list_parameters_are_400(string query)
    {
        using var client = await _training.ClientAsync(TestUsers.CoordinatorA);
        using var response = await client.GetAsync($"{TrainingDriver.Programs(TestUsers.ProgramA)}/{query}");
        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_idempotency_key_reused_for_a_different_application_is_422_and_stores_nothing()
    {
        using var client = await _training.ClientAsync(TestUsers.CoordinatorA);
        var key = Guid.NewGuid().ToString();
        using (var first = new HttpRequestMessage(HttpMethod.Post, SupportParents) { Content = JsonContent.Create(_training.Application().Build()) })
        {
            first.Headers.Add("Idempotency-Key", key);
            using var created = await client.SendAsync(first);
            await created.ReadJsonAsync(HttpStatusCode.Created);
        }

        using var second = new HttpRequestMessage(HttpMethod.Post, SupportParents) { Content = JsonContent.Create(_training.Application().WithName("Someone", "Else").Build()) };
        second.Headers.Add("Idempotency-Key", key);
        var before = await _training.StoredAsync();
        using var response = await client.SendAsync(second);

        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(before, await _training.StoredAsync());
    }

    private async Task<JsonElement> AssertRefusedAsync(string method, string path, HttpContent content, HttpStatusCode expected)
    {
        await _training.ActiveCoursesAsync();
        using var client = await _training.ClientAsync(TestUsers.CoordinatorA);
        var before = await _training.StoredAsync();

        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = content };
        using var response = await client.SendAsync(request);

        var problem = await response.AssertProblemAsync(expected);
        Assert.Equal(before, await _training.StoredAsync());
        return problem;
    }
}
