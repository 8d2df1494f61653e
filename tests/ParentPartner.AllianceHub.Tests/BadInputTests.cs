using System.Net;
using System.Text;
using ParentPartner.AllianceHub.Api.Domain;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders.Alliance;

namespace ParentPartner.AllianceHub.Tests;

/// <summary>Every hub endpoint answers bad input with a 4xx problem, and a refused decision changes nothing.</summary>
[Collection(PlatformCollection.Name)]
public sealed class BadInputTests(Platform platform) : IAsyncLifetime
{
    private StateBus _state = null!;
    private Submission _pending = null!;

    private HubProbe Hub => new(platform.AllianceHub);

    public async Task InitializeAsync()
    {
        _state = await StateBus.StartAsync(platform.Broker.AmqpUri);
        var report = new AnnualReportSubmittedBuilder("ND", Programs.NewId("nd")).ForYear(2015).Build();
        await _state.SubmitAsync(report);
        _pending = await Hub.ArrivedAsync(report.SubmissionId);
    }

    public async Task DisposeAsync() => await _state.DisposeAsync();

    [Theory]
    [InlineData("/api/alliance/national/1999", 400, "year")]
    [InlineData("/api/alliance/national/2999", 400, "year")]
    [InlineData("/api/alliance/national/-1", 400, "year")]
    [InlineData("/api/alliance/national/twenty", 404, null)]
    [InlineData("/api/alliance/national/99999999999", 404, null)]
    [InlineData("/api/alliance/national/1999/states", 400, "year")]
    [InlineData("/api/alliance/national/2999/states.csv", 400, "year")]
    [InlineData("/api/alliance/national/trends?from=2020&to=2010", 400, "from")]
    [InlineData("/api/alliance/national/trends?from=1990", 400, "from")]
    [InlineData("/api/alliance/national/trends?to=3000", 400, "to")]
    [InlineData("/api/alliance/national/trends?from=abc", 400, null)]
    [InlineData("/api/alliance/national/charts/matches.svg?to=2999", 400, "to")]
    [InlineData("/api/alliance/national/charts/matches.svg?from=2020&to=2019", 400, "from")]
    [InlineData("/api/alliance/national/charts/matches.svg?from=x", 400, null)]
    [InlineData("/api/alliance/submissions?status=approved", 400, "status")]
    [InlineData("/api/alliance/submissions?state=Iowa", 400, "state")]
    [InlineData("/api/alliance/submissions?pageSize=0", 400, "pageSize")]
    [InlineData("/api/alliance/submissions?pageSize=201", 400, "pageSize")]
    [InlineData("/api/alliance/submissions?pageSize=ten", 400, null)]
    [InlineData("/api/alliance/submissions?year=soon", 400, null)]
    [InlineData("/api/alliance/submissions?cursor=not-a-cursor", 400, "cursor")]
    [InlineData("/api/alliance/submissions/not-a-guid", 404, null)]
    [InlineData("/api/alliance/submissions/00000000-0000-0000-0000-000000000000", 404, null)]
    [InlineData("/api/alliance/submissions/6a1f4a52-6c1e-4a61-9b43-2f1f0e7b9d11", 404, null)]
    public async Task A_bad_query_is_a_problem(string path, int status, string? field)
    {
        using var analyst = await platform.GatewayClientAsync(TestUsers.Analyst);
        using var response = await analyst.GetAsync(path);
        var problem = await response.AssertProblemAsync((HttpStatusCode)status);
        if (field is not null)
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"a field error for {field}: {problem}");
        }
    }

    [Theory]
    [InlineData("{}", 400)]
    [InlineData("""{"decision":"approved"}""", 400)]
    [InlineData("""{"decision":1}""", 400)]
    [InlineData("""{"decision":"returned"}""", 400)]
    [InlineData("""{"decision":"returned","comment":""}""", 400)]
    [InlineData("""{"decision":"accepted","publishAnyway":true}""", 400)]
    [InlineData("""{"decision":"accepted","comment":123}""", 400)]
    [InlineData("""{"decision":"accepted",""", 400)]
    [InlineData("not json", 400)]
    [InlineData("LONG", 400)]
    public async Task A_bad_decision_is_a_problem_and_changes_nothing(string body, int status)
    {
        using var analyst = await platform.GatewayClientAsync(TestUsers.Analyst);
        var outbox = await Hub.OutboxCountAsync();
        if (body == "LONG")
        {
            body = $$"""{"decision":"returned","comment":"{{new string('x', 2001)}}"}""";
        }

        using var response = await analyst.PostAsync($"/api/alliance/submissions/{_pending.Id}/decision", new StringContent(body, Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync((HttpStatusCode)status);
        await AssertUnchangedAsync(outbox);
    }

    [Fact]
    public async Task A_decision_that_is_not_json_is_415_and_changes_nothing()
    {
        using var analyst = await platform.GatewayClientAsync(TestUsers.Analyst);
        var outbox = await Hub.OutboxCountAsync();
        using var response = await analyst.PostAsync($"/api/alliance/submissions/{_pending.Id}/decision", new StringContent("decision=accepted", Encoding.UTF8, "application/x-www-form-urlencoded"));
        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await AssertUnchangedAsync(outbox);
    }

    [Theory]
    [InlineData("6a1f4a52-6c1e-4a61-9b43-2f1f0e7b9d11", 404)]
    [InlineData("not-a-guid", 404)]
    public async Task A_decision_on_no_such_submission_is_404(string id, int status)
    {
        using var analyst = await platform.GatewayClientAsync(TestUsers.Analyst);
        var outbox = await Hub.OutboxCountAsync();
        using var response = await analyst.PostAsync($"/api/alliance/submissions/{id}/decision", new StringContent("""{"decision":"accepted"}""", Encoding.UTF8, "application/json"));
        await response.AssertProblemAsync((HttpStatusCode)status);
        await AssertUnchangedAsync(outbox);
    }

    [Fact]
    public async Task An_idempotency_key_that_is_too_long_is_a_problem_and_changes_nothing()
    {
        using var analyst = await platform.GatewayClientAsync(TestUsers.Analyst);
        var outbox = await Hub.OutboxCountAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/alliance/submissions/{_pending.Id}/decision")
        {
            Content = new StringContent("""{"decision":"accepted"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", new string('k', 101));
        using var response = await analyst.SendAsync(request);
        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        await AssertUnchangedAsync(outbox);
    }

    private async Task AssertUnchangedAsync(int outbox)
    {
        var stored = await Hub.ArrivedAsync(_pending.SubmissionId);
        Assert.Equal(SubmissionStatus.Pending, stored.Status);
        Assert.Null(stored.AnsweredAt);
        Assert.Null(stored.Comment);
        Assert.Equal(outbox, await Hub.OutboxCountAsync());
    }
}
