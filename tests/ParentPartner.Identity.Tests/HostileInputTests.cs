using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using System.Net;

namespace ParentPartner.Identity.Tests;

/// <summary>What the outside probe found at the token endpoint: a NUL in a field was a 500 with a stack trace.</summary>
public sealed class HostileInputTests(IssuerFactory factory) : IClassFixture<IssuerFactory>
{
    [Theory]
    [InlineData("coord\u0000.iowa", "demo-password")]
    [InlineData("coord.iowa", "demo\u0000password")]
    public async Task A_NUL_in_the_credentials_is_an_OAuth_error_not_a_500(string username, string password)
    {
        using var http = factory.CreateClient();

        using var response = await TokenClient.PasswordAsync(http, username, password);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        Assert.DoesNotContain("   at ", body);
        Assert.Contains((await TokenClient.ErrorAsync(response)).Error, new[] { "invalid_request", "invalid_grant" });
    }
}

/// <summary>Brute force: five wrong passwords lock the account for 15 minutes, even for the right password.</summary>
public sealed class SignInThrottleTests(IssuerFactory factory) : IClassFixture<IssuerFactory>
{
    private sealed class MovableClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_user_for_fifteen_minutes_and_then_the_right_one_works_again()
    {
        var clock = new MovableClock();
        await using var issuer = factory.WithWebHostBuilder(builder =>
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(clock)));
        using var http = issuer.CreateClient();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            Assert.Equal((400, "invalid_grant"), await TokenClient.ErrorAsync(await TokenClient.PasswordAsync(http, "coord.iowa", $"guess-{attempt}")));
        }
        using var locked = await TokenClient.PasswordAsync(http, "coord.iowa", "demo-password");
        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Contains("locked", await locked.Content.ReadAsStringAsync());

        // Other users are not affected.
        await TokenClient.AccessTokenAsync(await TokenClient.PasswordAsync(http, "admin.iowa", "demo-password"));

        clock.Now += TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1);
        await TokenClient.AccessTokenAsync(await TokenClient.PasswordAsync(http, "coord.iowa", "demo-password"));
    }

    [Fact]
    public async Task A_right_password_before_the_fifth_failure_clears_the_count()
    {
        await using var issuer = factory.WithWebHostBuilder(_ => { });
        using var http = issuer.CreateClient();
        for (var round = 0; round < 3; round++)
        {
            for (var attempt = 0; attempt < 4; attempt++)
            {
                await TokenClient.PasswordAsync(http, "coord.iowa", "wrong");
            }
            await TokenClient.AccessTokenAsync(await TokenClient.PasswordAsync(http, "coord.iowa", "demo-password"));
        }
    }
}
