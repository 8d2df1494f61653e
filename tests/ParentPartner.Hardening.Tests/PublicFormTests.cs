using System.Net;
using System.Text;
using ParentPartner.Testing;

namespace ParentPartner.Hardening.Tests;

/// <summary>The anonymous self-referral form answers what is wrong with a request, not "who are you".</summary>
[Collection(PlatformCollection.Name)]
public sealed class PublicFormTests(Platform platform)
{
    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task A_body_that_is_not_JSON_is_a_415_problem_not_a_401(string contentType)
    {
        using var anonymous = platform.AnonymousClient();
        using var response = await anonymous.PostAsync("/api/public/self-referrals", new StringContent("programId=x", Encoding.UTF8, contentType));
        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_protected_route_still_asks_who_you_are_before_anything_else()
    {
        using var anonymous = platform.AnonymousClient();
        using var response = await anonymous.GetAsync("/api/referrals");
        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }
}
