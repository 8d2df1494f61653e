using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParentPartner.Referral.Api.Data;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders;

namespace ParentPartner.Hardening.Tests;

/// <summary>PostgreSQL refuses NUL in text: a NUL anywhere in a request is a 400 problem in every service, and nothing is stored.</summary>
[Collection(PlatformCollection.Name)]
public sealed class NulCharacterTests(Platform platform)
{
    [Fact]
    public async Task A_NUL_in_any_body_text_is_a_400_problem_naming_the_field_and_stores_nothing()
    {
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        var body = new ReferralRequestBuilder(TestUsers.ProgramA).WithParent("county", "Po\u0000lk").Build().ToJsonString();
        var before = await ReferralsAsync();

        using var response = await coordinator.PostAsync("/api/referrals", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("$.parent.county", problem.GetProperty("detail").GetString());
        Assert.Contains("NUL", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await ReferralsAsync());
    }

    [Fact]
    public async Task A_NUL_in_a_field_no_validator_looks_at_is_refused_too()
    {
        // The hub's decision comment once reached PostgreSQL unchecked (a 500): the JSON reader refuses NUL for every string.
        using var analyst = await platform.GatewayClientAsync(TestUsers.Analyst);
        using var response = await analyst.PostAsync($"/api/alliance/submissions/{Guid.NewGuid()}/decision",
            new StringContent("{\"decision\":\"returned\",\"comment\":\"see\\u0000below\"}", Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/api/referrals?county=%00")]
    [InlineData("/api/training/programs/test-program-a/courses?cursor=a%00b")]
    public async Task A_NUL_in_the_query_is_a_400_problem(string path)
    {
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        using var response = await coordinator.GetAsync(path);
        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/api/referrals/%00")]
    [InlineData("/api/training/programs/test-program-a%00/courses")]
    public async Task A_NUL_in_the_path_is_refused_before_any_endpoint_runs(string path)
    {
        // Kestrel itself refuses an encoded NUL in the request target (an empty 400: no middleware runs for it).
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        using var response = await coordinator.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<int> ReferralsAsync()
    {
        await using var scope = platform.Referral.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ReferralDbContext>().Referrals.CountAsync();
    }
}
