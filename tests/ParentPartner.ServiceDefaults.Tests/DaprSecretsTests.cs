using Microsoft.Extensions.Configuration;
using ParentPartner.ServiceDefaults.Dapr;
using ParentPartner.Testing;

namespace ParentPartner.ServiceDefaults.Tests;

/// <summary>Secrets read through a Dapr sidecar's secret store (a stand-in for its HTTP API) into configuration.</summary>
public sealed class DaprSecretsTests : IAsyncLifetime
{
    private const string RealPostgres = "Host=db.internal;Username=pp;Password=s3cret-from-the-store";
    private FakeSidecar _sidecar = null!;

    public Task InitializeAsync()
    {
        _sidecar = FakeSidecar.Start();
        _sidecar.Secrets["secrets/postgres"] = new() { ["connection-string"] = RealPostgres };
        _sidecar.Secrets["secrets/rabbitmq"] = new() { ["amqp-uri"] = "amqp://pp:broker-pass@rabbitmq:5672/" };
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _sidecar.DisposeAsync();

    private ConfigurationManager Configuration(Dictionary<string, string?> extra)
    {
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = "Host=fallback",
            ["Dapr:SecretStore"] = "secrets",
            ["Dapr:HttpEndpoint"] = _sidecar.Url,
            ["Dapr:ApiToken"] = "sidecar-token",
            ["Dapr:SecretTimeout"] = "00:00:03",
            ["Dapr:Secrets:ConnectionStrings:Postgres"] = "postgres/connection-string",
            ["Dapr:Secrets:ConnectionStrings:RabbitMq"] = "rabbitmq/amqp-uri",
        });
        configuration.AddInMemoryCollection(extra);
        return configuration;
    }

    [Fact]
    public void Secrets_from_the_store_replace_configuration_and_each_secret_is_read_once_with_the_api_token()
    {
        var configuration = Configuration([]).AddDaprSecrets();

        Assert.Equal(RealPostgres, configuration.GetConnectionString("Postgres"));
        Assert.Equal("amqp://pp:broker-pass@rabbitmq:5672/", configuration.GetConnectionString("RabbitMq"));
        Assert.Equal(["/v1.0/secrets/secrets/postgres", "/v1.0/secrets/secrets/rabbitmq"], _sidecar.SecretReads.Select(r => r.Path).Order());
        Assert.All(_sidecar.SecretReads, r => Assert.Equal("sidecar-token", r.Token));
    }

    [Fact]
    public void Without_a_sidecar_address_configuration_is_the_fallback_and_nothing_is_asked()
    {
        var configuration = Configuration(new() { ["Dapr:HttpEndpoint"] = null }).AddDaprSecrets();

        Assert.Equal("Host=fallback", configuration.GetConnectionString("Postgres"));
        Assert.Empty(_sidecar.SecretReads);
    }

    [Fact]
    public async Task A_sidecar_still_starting_is_asked_again_until_it_answers()
    {
        _sidecar.Starting = true;
        var loading = Task.Run(() => Configuration([]).AddDaprSecrets());
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        Assert.False(loading.IsCompleted);
        _sidecar.Starting = false;

        var configuration = await loading;
        Assert.Equal(RealPostgres, configuration.GetConnectionString("Postgres"));
        // Both secrets read, and at least one of them asked more than once while the sidecar was starting.
        Assert.True(_sidecar.SecretReads.Count > 2, $"{_sidecar.SecretReads.Count} reads");
    }

    [Fact]
    public void A_sidecar_that_never_answers_stops_the_start_with_what_failed_and_no_value()
    {
        _sidecar.Starting = true;

        var error = Assert.Throws<InvalidOperationException>(() => Configuration([]).AddDaprSecrets());

        Assert.Matches("Could not read secret '(postgres|rabbitmq)'", error.Message);
        Assert.Contains("'secrets'", error.Message);
        Assert.Contains("HTTP 500", error.Message);
        Assert.DoesNotContain("s3cret", error.Message);
    }

    [Fact]
    public void A_missing_key_names_the_secret_and_the_setting_but_not_the_values()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            Configuration(new() { ["Dapr:Secrets:ConnectionStrings:Postgres"] = "postgres/password" }).AddDaprSecrets());

        Assert.Contains("no key 'password'", error.Message);
        Assert.Contains("ConnectionStrings:Postgres", error.Message);
        Assert.DoesNotContain("s3cret", error.Message);
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData("/connection-string")]
    [InlineData("postgres/")]
    public void A_mapping_that_is_not_secret_slash_key_is_refused_at_start(string mapping)
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            Configuration(new() { ["Dapr:Secrets:ConnectionStrings:Postgres"] = mapping }).AddDaprSecrets());
        Assert.Contains("secret/key", error.Message);
    }
}
