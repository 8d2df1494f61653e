using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders.Training;

namespace ParentPartner.Training.Tests;

/// <summary>
/// Every training endpoint, tried by the wrong roles (403), from another program (404, never 403), with
/// another program's ids under the caller's own program (404), and anonymously (401); nothing is stored.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class AccessTests(Platform platform)
{
    private readonly TrainingDriver _training = new(platform);

    private sealed record Endpoint(string Method, string Path, Func<Resources, JsonObject?> Body, bool AdminOnly = false)
    {
        public string For(string programId, Resources r) => Path
            .Replace("{program}", programId)
            .Replace("{supportParent}", r.SupportParent.ToString())
            .Replace("{course}", r.Course.ToString())
            .Replace("{cohort}", r.Cohort.ToString())
            .Replace("{enrolment}", r.Enrolment.ToString());

        public bool HasIds => Path.Contains("{supportParent}") || Path.Contains("{course}") || Path.Contains("{cohort}");

        public override string ToString() => $"{Method} {Path}";
    }

    private sealed record Resources(Guid SupportParent, Guid Course, Guid Cohort, Guid Enrolment, JsonObject Application);

    private static readonly Endpoint[] ProgramEndpoints =
    [
        new("GET", "/api/training/programs/{program}/settings", _ => null, AdminOnly: true),
        new("PUT", "/api/training/programs/{program}/settings", _ => new JsonObject
        {
            ["timeZone"] = "America/Denver", ["eligibilityMonths"] = 1, ["recoveryMonths"] = 1, ["supplementalDueDays"] = 30,
            ["cohortMinSeats"] = 1, ["cohortMaxSeats"] = 2, ["defaultMaxCaseload"] = 1,
        }, AdminOnly: true),
        new("POST", "/api/training/programs/{program}/certification-sweeps", _ => null, AdminOnly: true),
        new("GET", "/api/training/programs/{program}/courses", _ => null),
        new("POST", "/api/training/programs/{program}/courses", _ => new JsonObject { ["code"] = "access-probe", ["title"] = "Probe", ["kind"] = "pre-service" }),
        new("GET", "/api/training/programs/{program}/courses/{course}", _ => null),
        new("POST", "/api/training/programs/{program}/courses/{course}/retirement", _ => null),
        new("GET", "/api/training/programs/{program}/support-parents", _ => null),
        new("POST", "/api/training/programs/{program}/support-parents", r => (JsonObject)r.Application.DeepClone()),
        new("GET", "/api/training/programs/{program}/support-parents/{supportParent}", _ => null),
        new("PUT", "/api/training/programs/{program}/support-parents/{supportParent}", r => (JsonObject)r.Application.DeepClone()),
        new("GET", "/api/training/programs/{program}/support-parents/{supportParent}/transcript", _ => null),
        new("POST", "/api/training/programs/{program}/support-parents/{supportParent}/withdrawal", _ => new JsonObject { ["reason"] = "other" }),
        new("GET", "/api/training/programs/{program}/cohorts", _ => null),
        new("POST", "/api/training/programs/{program}/cohorts", r => new CohortRequestBuilder(r.Course, DateTime.Now.AddDays(9)).Build()),
        new("GET", "/api/training/programs/{program}/cohorts/{cohort}", _ => null),
        new("POST", "/api/training/programs/{program}/cohorts/{cohort}/enrolments", r => new JsonObject { ["supportParentId"] = r.SupportParent }),
        new("GET", "/api/training/programs/{program}/cohorts/{cohort}/enrolments", _ => null),
        new("GET", "/api/training/programs/{program}/cohorts/{cohort}/enrolments/{enrolment}", _ => null),
        new("PUT", "/api/training/programs/{program}/cohorts/{cohort}/enrolments/{enrolment}/attendance", _ => new JsonObject { ["attended"] = false }),
    ];

    private static readonly string[] MeEndpoints = ["/api/training/me/profile", "/api/training/me/transcript", "/api/training/me/sessions"];

    private async Task<Resources> ResourcesInAsync(string programId)
    {
        var application = _training.Application().Build();
        var supportParent = await _training.ApplyEligibleAsync(programId);
        var course = (await _training.ActiveCoursesAsync(programId, "pre-service"))[0].GetProperty("id").GetGuid();
        var cohort = (await _training.ScheduleCohortAsync(course, _training.LocalNow.PlusDays(40), programId: programId)).GetProperty("id").GetGuid();
        var enrolment = await _training.EnrolAsync(cohort, supportParent, programId);
        return new Resources(supportParent, course, cohort, enrolment, application);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path, JsonObject? body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT")
        {
            request.Content = body is null ? null : JsonContent.Create(body);
        }
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Another_programs_staff_get_404_on_every_program_endpoint_and_change_nothing()
    {
        var a = await ResourcesInAsync(TestUsers.ProgramA);
        using var coordinatorB = await _training.ClientAsync(TestUsers.CoordinatorB);
        using var adminB = await _training.ClientAsync(TestUsers.AdminB);
        var before = await _training.StoredAsync();

        foreach (var endpoint in ProgramEndpoints)
        {
            using var response = await SendAsync(endpoint.AdminOnly ? adminB : coordinatorB, endpoint.Method, endpoint.For(TestUsers.ProgramA, a), endpoint.Body(a));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{endpoint}: expected 404, got {(int)response.StatusCode}");
            await response.AssertProblemAsync(HttpStatusCode.NotFound);
        }

        Assert.Equal(before, await _training.StoredAsync());
    }

    [Theory]
    [InlineData("coord.b")]
    [InlineData("coord.ab")]
    public async Task Another_programs_ids_under_the_callers_own_program_are_404_and_change_nothing(string username)
    {
        var user = TestUsers.All.Single(u => u.Username == username);
        var a = await ResourcesInAsync(TestUsers.ProgramA);
        await _training.ActiveCoursesAsync(TestUsers.ProgramB);
        using var client = await _training.ClientAsync(user);
        var before = await _training.StoredAsync();

        foreach (var endpoint in ProgramEndpoints.Where(e => e.HasIds && !e.AdminOnly))
        {
            using var response = await SendAsync(client, endpoint.Method, endpoint.For(TestUsers.ProgramB, a), endpoint.Body(a));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{endpoint}: expected 404, got {(int)response.StatusCode}");
        }
        // Bodies that point at program A's things from program B's URL.
        using var cohortOfACourse = await client.PostAsJsonAsync($"{TrainingDriver.Programs(TestUsers.ProgramB)}/cohorts", new CohortRequestBuilder(a.Course, DateTime.Now.AddDays(9)).Build());
        Assert.Equal(HttpStatusCode.NotFound, cohortOfACourse.StatusCode);

        Assert.Equal(before, await _training.StoredAsync());
        Assert.Equal("in-training", (await _training.SupportParentAsync(a.SupportParent)).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("partner.a")]
    [InlineData("payroll.a")]
    [InlineData("analyst")]
    [InlineData("platform")]
    public async Task Roles_without_training_rights_get_403_on_every_program_endpoint(string username)
    {
        var user = TestUsers.All.Single(u => u.Username == username);
        var a = await ResourcesInAsync(TestUsers.ProgramA);
        using var client = await _training.ClientAsync(user);
        var before = await _training.StoredAsync();

        foreach (var endpoint in ProgramEndpoints)
        {
            using var response = await SendAsync(client, endpoint.Method, endpoint.For(TestUsers.ProgramA, a), endpoint.Body(a));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{endpoint}: expected 403, got {(int)response.StatusCode}");
        }

        Assert.Equal(before, await _training.StoredAsync());
    }

    [Fact]
    public async Task Coordinators_get_403_on_the_admin_endpoints()
    {
        var a = await ResourcesInAsync(TestUsers.ProgramA);
        using var client = await _training.ClientAsync(TestUsers.CoordinatorA);
        var before = await _training.StoredAsync();

        foreach (var endpoint in ProgramEndpoints.Where(e => e.AdminOnly))
        {
            using var response = await SendAsync(client, endpoint.Method, endpoint.For(TestUsers.ProgramA, a), endpoint.Body(a));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{endpoint}: expected 403, got {(int)response.StatusCode}");
        }

        Assert.Equal(before, await _training.StoredAsync());
    }

    [Theory]
    [InlineData("coord.a")]
    [InlineData("admin.a")]
    [InlineData("payroll.a")]
    [InlineData("analyst")]
    public async Task Only_support_parents_use_the_me_endpoints(string username)
    {
        using var client = await _training.ClientAsync(TestUsers.All.Single(u => u.Username == username));

        foreach (var path in MeEndpoints)
        {
            using var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{path}: expected 403, got {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Without_a_token_every_endpoint_is_401()
    {
        var a = await ResourcesInAsync(TestUsers.ProgramA);
        using var anonymous = platform.AnonymousClient();

        foreach (var endpoint in ProgramEndpoints)
        {
            using var response = await SendAsync(anonymous, endpoint.Method, endpoint.For(TestUsers.ProgramA, a), endpoint.Body(a));
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{endpoint}: expected 401, got {(int)response.StatusCode}");
        }
        foreach (var path in MeEndpoints)
        {
            using var response = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    [Fact]
    public async Task The_service_itself_checks_roles_and_programs_behind_the_gateway()
    {
        var a = await ResourcesInAsync(TestUsers.ProgramA);
        using var direct = new HttpClient { BaseAddress = platform.Training.Address };
        direct.DefaultRequestHeaders.Authorization = new("Bearer", await platform.TokenAsync(TestUsers.CoordinatorB));

        using var otherProgram = await direct.GetAsync($"{TrainingDriver.Programs(TestUsers.ProgramA)}/support-parents/{a.SupportParent}");
        using var wrongRole = await direct.GetAsync("/api/training/me/profile");
        using var anonymous = await new HttpClient { BaseAddress = platform.Training.Address }.GetAsync($"{TrainingDriver.Programs(TestUsers.ProgramA)}/courses");

        Assert.Equal(HttpStatusCode.NotFound, otherProgram.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrongRole.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}
