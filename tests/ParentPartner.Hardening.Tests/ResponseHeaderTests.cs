using ParentPartner.Testing;

namespace ParentPartner.Hardening.Tests;

/// <summary>What every response says about itself: not sniffed, not cached, not framed, no server banner.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ResponseHeaderTests(Platform platform)
{
    [Theory]
    [InlineData("/api/training/me")]
    [InlineData("/api/referrals")]
    [InlineData("/api/referrals/00000000-0000-4000-8000-000000000000")] // a problem response too
    public async Task Personal_data_answers_are_not_stored_sniffed_or_framed_and_name_no_server(string path)
    {
        using var coordinator = await platform.GatewayClientAsync(TestUsers.SupportParentA);
        using var response = await coordinator.GetAsync(path);

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(response.Headers.CacheControl?.NoStore, $"{path}: Cache-Control {response.Headers.CacheControl}");
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.False(response.Headers.Contains("Server"), $"{path}: Server {string.Join(",", response.Headers.TryGetValues("Server", out var s) ? s : [])}");
    }

    [Fact]
    public async Task Services_answering_directly_send_the_same_headers()
    {
        using var client = new HttpClient();
        foreach (var (name, service) in platform.Services)
        {
            using var response = await client.GetAsync(new Uri(service.Address, "/health/live"));
            Assert.True(response.Headers.Contains("X-Content-Type-Options"), name);
            Assert.False(response.Headers.Contains("Server"), name);
        }
    }

    [Fact]
    public async Task The_API_reference_page_has_a_content_security_policy_that_forbids_framing()
    {
        using var anonymous = platform.AnonymousClient();
        using var response = await anonymous.GetAsync("/docs");
        response.EnsureSuccessStatusCode();

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("default-src 'self'", policy);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.False(response.Headers.Contains("Server"));
    }
}
