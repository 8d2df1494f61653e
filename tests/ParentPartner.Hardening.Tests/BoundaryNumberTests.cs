using System.Net.Http.Json;
using ParentPartner.Testing;

namespace ParentPartner.Hardening.Tests;

/// <summary>Numbers at the edge of their type are a 4xx problem, never an arithmetic overflow (a 500).</summary>
[Collection(PlatformCollection.Name)]
public sealed class BoundaryNumberTests(Platform platform)
{
    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public async Task Matching_weights_at_the_int_limits_are_refused_with_a_problem(int weight)
    {
        using var admin = await platform.GatewayClientAsync(TestUsers.AdminA);
        var weights = new[] { "experience", "childAge", "county", "language", "availability", "culturalBackground", "loadBalance" }
            .ToDictionary(name => name, _ => weight);

        using var response = await admin.PutAsJsonAsync($"/api/matching/programs/{TestUsers.ProgramA}/settings",
            new { weights, offerExpiryHours = 72, targetHours = 24 });

        var status = (int)response.StatusCode;
        Assert.True(status is 400 or 422, $"got {status}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
