using System.Net;
using ParentPartner.Testing;

namespace ParentPartner.IntegrationTests;

/// <summary>
/// A service whose pod environment holds no usable connection string gets the real one from its Dapr sidecar's
/// secret store (as deploy/k8s configures it) and becomes ready on it.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class DaprSecretStoreTests(Platform platform)
{
    [Fact]
    public async Task A_service_reads_its_database_connection_through_the_sidecar_and_becomes_ready()
    {
        await using var sidecar = FakeSidecar.Start();
        var real = platform.SettingsFor("referral")["ConnectionStrings:Postgres"]!;
        sidecar.Secrets["secrets/postgres"] = new() { ["connection-string"] = real };

        var referral = platform.StartService("referral", new Dictionary<string, string?>
        {
            // Nothing listens on port 1: only the secret store's value can make this instance ready.
            ["ConnectionStrings:Postgres"] = "Host=127.0.0.1;Port=1;Username=nobody",
            ["Dapr:SecretStore"] = "secrets",
            ["Dapr:HttpEndpoint"] = sidecar.Url,
            ["Dapr:Secrets:ConnectionStrings:Postgres"] = "postgres/connection-string",
        });
        try
        {
            using var client = new HttpClient { BaseAddress = referral.Address };
            var status = await Eventually.UntilAsync(async () => (await client.GetAsync("/health/ready")).StatusCode,
                s => s == HttpStatusCode.OK, TimeSpan.FromSeconds(30), "the instance to be ready on the store's connection string");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains(sidecar.SecretReads, r => r.Path == "/v1.0/secrets/secrets/postgres");
        }
        finally
        {
            await platform.StopAsync(referral);
        }
    }
}
