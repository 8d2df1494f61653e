using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParentPartner.Referral.Api.Data;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders;

namespace ParentPartner.Hardening.Tests;

/// <summary>An instant written with its local offset (a coordinator in Iowa: -06:00) is the same instant, stored in UTC; it was a 500.</summary>
[Collection(PlatformCollection.Name)]
public sealed class InstantOffsetTests(Platform platform)
{
    [Theory]
    [InlineData("-06:00")]
    [InlineData("+05:30")]
    public async Task An_instant_with_a_local_offset_is_accepted_and_stored_as_the_same_instant(string offset)
    {
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        var local = DateTimeOffset.UtcNow.AddDays(-1).ToOffset(TimeSpan.Parse(offset.TrimStart('+'), System.Globalization.CultureInfo.InvariantCulture));
        var body = new ReferralRequestBuilder(TestUsers.ProgramA).Build();
        body["consent"]!["givenAt"] = local.ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", System.Globalization.CultureInfo.InvariantCulture);

        using var response = await coordinator.PostAsync("/api/referrals", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));

        var id = (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await using var scope = platform.Referral.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<ReferralDbContext>().Referrals.AsNoTracking().SingleAsync(r => r.Id == id);
        Assert.Equal(TimeSpan.Zero, stored.Consent.GivenAt.Offset);
        Assert.Equal(local.ToUnixTimeMilliseconds(), stored.Consent.GivenAt.ToUnixTimeMilliseconds());
    }
}
