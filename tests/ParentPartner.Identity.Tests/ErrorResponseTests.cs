using System.Net;
using System.Text;

namespace ParentPartner.Identity.Tests;

public sealed class ErrorResponseTests(IssuerFactory factory) : IClassFixture<IssuerFactory>
{
    [Theory]
    [InlineData("coord.iowa", "wrong-password")]
    [InlineData("nobody", "demo-password")]
    public async Task Bad_user_credentials_are_invalid_grant(string username, string password)
    {
        using var http = factory.CreateClient();

        var error = await TokenClient.ErrorAsync(await TokenClient.PasswordAsync(http, username, password));

        Assert.Equal((400, "invalid_grant"), error);
    }

    [Theory]
    [InlineData("federation-link-iowa", "wrong-secret")]
    [InlineData("federation-link-iowa", "")]
    [InlineData("no-such-client", "demo-secret")]
    public async Task Bad_client_credentials_are_invalid_client(string clientId, string secret)
    {
        using var http = factory.CreateClient();

        var (status, error) = await TokenClient.ErrorAsync(await TokenClient.PostAsync(http, new()
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        }));

        Assert.Contains(status, new[] { 400, 401 });
        Assert.Contains(error, new[] { "invalid_client", "invalid_request" });
        if (secret.Length > 0)
        {
            Assert.Equal("invalid_client", error);
        }
    }

    [Fact]
    public async Task Public_client_cannot_use_client_credentials_and_service_client_cannot_use_password()
    {
        using var http = factory.CreateClient();

        var publicClient = await TokenClient.ErrorAsync(await TokenClient.PostAsync(http, new()
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "parentpartner-cli",
            ["client_secret"] = "anything",
        }));
        var serviceClient = await TokenClient.ErrorAsync(await TokenClient.PostAsync(http, new()
        {
            ["grant_type"] = "password",
            ["client_id"] = "federation-link-iowa",
            ["client_secret"] = "demo-secret",
            ["username"] = "coord.iowa",
            ["password"] = "demo-password",
        }));

        Assert.Equal("invalid_client", publicClient.Error);
        Assert.Equal((400, "unauthorized_client"), serviceClient);
    }

    [Theory]
    [InlineData("urn:example:unknown")]
    [InlineData("authorization_code")]
    [InlineData("refresh_token")]
    [InlineData("")]
    public async Task Unknown_or_unsupported_grants_are_oauth_errors(string grantType)
    {
        using var http = factory.CreateClient();

        var (status, error) = await TokenClient.ErrorAsync(await TokenClient.PostAsync(http, new()
        {
            ["grant_type"] = grantType,
            ["client_id"] = "parentpartner-cli",
        }));

        Assert.Equal(400, status);
        Assert.Contains(error, new[] { "unsupported_grant_type", "invalid_request" });
    }

    [Fact]
    public async Task Malformed_requests_never_fail_with_a_server_error()
    {
        using var http = factory.CreateClient();

        var get = await http.GetAsync("/connect/token");
        var json = await http.PostAsync("/connect/token", new StringContent("{\"grant_type\":\"password\"}", Encoding.UTF8, "application/json"));
        var noClient = await TokenClient.PostAsync(http, new()
        {
            ["grant_type"] = "password",
            ["username"] = "coord.iowa",
            ["password"] = "demo-password",
        });

        Assert.All([get, json, noClient], response => Assert.True(
            response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.MethodNotAllowed,
            $"{(int)response.StatusCode} {response.RequestMessage?.Method}"));
    }
}
