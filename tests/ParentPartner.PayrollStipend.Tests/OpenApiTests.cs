using System.Net;
using System.Text.Json;
using ParentPartner.Testing;

namespace ParentPartner.PayrollStipend.Tests;

/// <summary>Payroll's OpenAPI document through the gateway: request fields described, with examples and allowed values.</summary>
[Collection(PlatformCollection.Name)]
public sealed class OpenApiTests(Platform platform)
{
    [Fact]
    public async Task A_pay_policy_and_the_settings_teach_their_fields()
    {
        using var client = platform.AnonymousClient();
        using var response = await client.GetAsync("/openapi/payroll-stipend.json");
        var schemas = (await response.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("components").GetProperty("schemas");

        var policy = schemas.GetProperty("PolicyRequest").GetProperty("properties");
        Assert.Contains("0.725", policy.GetProperty("mileageRate").GetProperty("description").GetString());
        Assert.Equal(0.725m, policy.GetProperty("mileageRate").GetProperty("examples")[0].GetDecimal());
        Assert.Equal(25m, policy.GetProperty("hourlyRates").GetProperty("examples")[0].GetProperty("court-hearing").GetDecimal());

        var frequency = schemas.GetProperty("PayFrequency").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(["weekly", "biweekly", "semi-monthly", "monthly"], frequency);
        Assert.Equal("H0038", schemas.GetProperty("SettingsRequest").GetProperty("properties").GetProperty("billingCode").GetProperty("examples")[0].GetString());
    }
}
