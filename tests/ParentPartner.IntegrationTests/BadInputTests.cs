using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParentPartner.Referral.Api.Data;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders;

namespace ParentPartner.IntegrationTests;

/// <summary>Bad input gets a clear 4xx problem through the gateway, never a 500, and stores nothing.</summary>
[Collection(PlatformCollection.Name)]
public sealed class BadInputTests(Platform platform)
{
    [Fact]
    public async Task Malformed_json_is_400_and_stores_nothing() =>
        await AssertRefusedAsync(Json("{\"programId\": \"test-program-a\", \"source\": "), HttpStatusCode.BadRequest);

    [Fact]
    public async Task Wrong_content_type_is_415_and_stores_nothing() =>
        await AssertRefusedAsync(new StringContent(new ReferralRequestBuilder(TestUsers.ProgramA).ToJson(), Encoding.UTF8, "text/plain"), HttpStatusCode.UnsupportedMediaType);

    [Fact]
    public async Task Oversize_body_is_413_at_the_gateway_and_stores_nothing()
    {
        var huge = new ReferralRequestBuilder(TestUsers.ProgramA).WithParent("county", new string('x', 400_000)).ToJson();
        await AssertRefusedAsync(Json(huge), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Missing_fields_are_400_with_field_errors()
    {
        var body = new ReferralRequestBuilder(TestUsers.ProgramA).Without("source").Build();
        var problem = await AssertRefusedAsync(Json(body.ToJsonString()), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("source", out _));
    }

    [Fact]
    public async Task Missing_program_is_400_with_a_field_error()
    {
        var body = new ReferralRequestBuilder(TestUsers.ProgramA).Without("programId").Build();
        var problem = await AssertRefusedAsync(Json(body.ToJsonString()), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("programId", out _));
    }

    [Theory]
    [InlineData("source", "\"carrier-pigeon\"")]
    [InlineData("source", "3")]
    [InlineData("consent", "\"yes\"")]
    [InlineData("parent", "[]")]
    [InlineData("unexpectedField", "true")]
    public async Task Wrong_types_unknown_values_and_unknown_fields_are_400(string field, string rawValue)
    {
        var body = new ReferralRequestBuilder(TestUsers.ProgramA).Build();
        body[field] = JsonNode.Parse(rawValue);
        await AssertRefusedAsync(Json(body.ToJsonString()), HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("email", "not-an-email")]
    [InlineData("phone", "call me maybe")]
    [InlineData("firstName", "x101")]
    public async Task Badly_shaped_parent_fields_are_400(string field, string value)
    {
        var realValue = value == "x101" ? new string('x', 101) : value;
        var body = new ReferralRequestBuilder(TestUsers.ProgramA).WithParent(field, realValue).Build();
        var problem = await AssertRefusedAsync(Json(body.ToJsonString()), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty($"parent.{field}", out _));
    }

    [Fact]
    public async Task An_anonymous_referral_is_422_with_the_reason()
    {
        var problem = await AssertRefusedAsync(Json(new ReferralRequestBuilder(TestUsers.ProgramA).WithoutParent().ToJson()), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("anonymous", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_referral_without_a_way_to_reach_the_parent_is_422()
    {
        var body = new ReferralRequestBuilder(TestUsers.ProgramA).WithParent("email", null).WithParent("phone", null).ToJson();
        await AssertRefusedAsync(Json(body), HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task A_referral_without_the_parents_consent_is_422_with_the_reason()
    {
        var problem = await AssertRefusedAsync(Json(new ReferralRequestBuilder(TestUsers.ProgramA).WithoutConsent().ToJson()), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("consent", problem.GetProperty("detail").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("consent", out _));
    }

    [Fact]
    public async Task An_empty_body_is_400()
    {
        await AssertRefusedAsync(Json(""), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Injection_strings_and_mixed_scripts_are_stored_as_text_not_executed()
    {
        using var client = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        var body = new ReferralRequestBuilder(TestUsers.ProgramA)
            .WithParent("lastName", "O'Brien'); DROP TABLE referrals;--")
            .WithParent("firstName", "Зоя 李 <script>")
            .Build();
        using var created = await client.PostAsJsonAsync("/api/referrals", body);
        var id = (await created.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        using var read = await client.GetAsync($"/api/referrals/{id}");
        var parent = (await read.ReadJsonAsync()).GetProperty("parent");
        Assert.Equal("O'Brien'); DROP TABLE referrals;--", parent.GetProperty("lastName").GetString());
        Assert.Equal("Зоя 李 <script>", parent.GetProperty("firstName").GetString());
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private async Task<System.Text.Json.JsonElement> AssertRefusedAsync(HttpContent content, HttpStatusCode expected)
    {
        using var client = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        var before = await StoredAsync();
        using var response = await client.PostAsync("/api/referrals", content);
        var problem = await response.AssertProblemAsync(expected);
        Assert.Equal(before, await StoredAsync());
        return problem;
    }

    private async Task<int> StoredAsync()
    {
        await using var scope = platform.Referral.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ReferralDbContext>();
        return await db.Referrals.CountAsync() + await db.OutboxMessages.CountAsync();
    }
}
