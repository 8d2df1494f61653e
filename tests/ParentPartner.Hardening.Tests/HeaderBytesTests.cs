using System.Net;
using System.Text;
using System.Text.Json;
using ParentPartner.Testing;

namespace ParentPartner.Hardening.Tests;

/// <summary>
/// Header values are ASCII (RFC 9110 allows obs-text, but nothing here needs it): a header holding UTF-8 or a raw
/// Latin-1 byte is refused at the edge with a 400 problem naming the header — never a 502 from the proxy's
/// client, never an empty 400 from the connection layer.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class HeaderBytesTests(Platform platform)
{
    public static TheoryData<string, string> NonAsciiValues => new()
    {
        { "Idempotency-Key", "utf-8" },
        { "Idempotency-Key", "latin-1" },
        { "X-Access-Purpose", "utf-8" },
        { "X-Anything-Else", "latin-1" },
    };

    [Theory]
    [MemberData(nameof(NonAsciiValues))]
    public async Task A_non_ascii_header_value_is_a_400_problem_naming_the_header(string header, string encoding)
    {
        var value = encoding == "utf-8" ? Encoding.UTF8.GetBytes("clé-é") : [0x63, 0x6C, 0xE9]; // "clé" in Latin-1
        var token = await platform.TokenAsync(TestUsers.CoordinatorA);
        var server = platform.Gateway.Address;

        var response = await RawHttp.SendAsync(server, RawHttp.GetWithHeader(server, "/api/training/me", header, value, token));

        Assert.Equal(400, response.Status);
        Assert.StartsWith("application/problem+json", response.Headers["Content-Type"]);
        var problem = JsonDocument.Parse(response.Body).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Contains(header, problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_same_request_with_an_ascii_value_passes()
    {
        var token = await platform.TokenAsync(TestUsers.SupportParentA);
        var server = platform.Gateway.Address;

        var response = await RawHttp.SendAsync(server, RawHttp.GetWithHeader(server, "/api/training/me", "X-Anything-Else", "plain"u8.ToArray(), token));

        Assert.NotEqual(400, response.Status);
        Assert.True(response.Status < 500, $"got {response.Status}");
    }

    [Fact]
    public async Task Every_service_refuses_non_ascii_header_values_itself_too()
    {
        // Services sit behind the gateway, but an operator may reach one directly (port-forward, sidecar).
        foreach (var (name, service) in platform.Services)
        {
            var response = await RawHttp.SendAsync(service.Address, RawHttp.GetWithHeader(service.Address, "/health/live", "X-Probe", [0xE9]));
            Assert.True(response.Status == 400, $"{name}: {response.Status}");
            Assert.StartsWith("application/problem+json", response.Headers["Content-Type"]);
        }
    }
}
