using System.Net.Http.Json;
using Microsoft.Extensions.Configuration;

namespace ParentPartner.ServiceDefaults.Dapr;

/// <summary>
/// Where a Dapr sidecar runs (Kubernetes, deploy/k8s), the secrets a service needs — connection strings, the
/// sidecar's app token — are read from the sidecar's secret store at start-up and laid over configuration, so
/// they never sit in the pod's environment. Without a sidecar (pp up, tests, compose) configuration is the
/// fallback (ADR 2).
/// <code>
/// Dapr:SecretStore = secrets                                    the component's name (deploy/k8s/base/shared)
/// Dapr:Secrets:ConnectionStrings:Postgres = postgres/connection-string   configuration key = secret/key
/// Dapr:HttpEndpoint (else DAPR_HTTP_ENDPOINT, else 127.0.0.1:DAPR_HTTP_PORT), Dapr:ApiToken (else DAPR_API_TOKEN)
/// </code>
/// </summary>
public static class DaprSecrets
{
    public const string Section = "Dapr";

    public static IConfigurationManager AddDaprSecrets(this IConfigurationManager configuration)
    {
        var dapr = configuration.GetSection(Section);
        var store = dapr["SecretStore"];
        var endpoint = dapr["HttpEndpoint"] ?? Environment.GetEnvironmentVariable("DAPR_HTTP_ENDPOINT")
            ?? (Environment.GetEnvironmentVariable("DAPR_HTTP_PORT") is { Length: > 0 } port ? $"http://127.0.0.1:{port}" : null);
        var wanted = Wanted(dapr.GetSection("Secrets"));
        if (string.IsNullOrEmpty(store) || endpoint is null || wanted.Count == 0)
        {
            return configuration;
        }
        var source = new DaprSecretSource(new Uri(endpoint), store, wanted,
            dapr["ApiToken"] ?? Environment.GetEnvironmentVariable("DAPR_API_TOKEN"), dapr.GetValue("SecretTimeout", TimeSpan.FromMinutes(1)));
        ((IConfigurationBuilder)configuration).Add(source);
        return configuration;
    }

    /// <summary>Configuration key → (secret name, key in the secret), from the leaves under Dapr:Secrets.</summary>
    private static Dictionary<string, (string Secret, string Key)> Wanted(IConfigurationSection secrets)
    {
        var wanted = new Dictionary<string, (string, string)>(StringComparer.OrdinalIgnoreCase);
        foreach (var leaf in secrets.AsEnumerable(makePathsRelative: true).Where(e => !string.IsNullOrEmpty(e.Value)))
        {
            var parts = leaf.Value!.Split('/', 2);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                throw new InvalidOperationException($"Dapr:Secrets:{leaf.Key} must name a secret and a key as secret/key.");
            }
            wanted[leaf.Key] = (parts[0], parts[1]);
        }
        return wanted;
    }

    private sealed class DaprSecretSource(Uri endpoint, string store, Dictionary<string, (string Secret, string Key)> wanted, string? token, TimeSpan timeout)
        : IConfigurationSource
    {
        public IConfigurationProvider Build(IConfigurationBuilder builder) => new DaprSecretProvider(endpoint, store, wanted, token, timeout);
    }

    private sealed class DaprSecretProvider(Uri endpoint, string store, Dictionary<string, (string Secret, string Key)> wanted, string? token, TimeSpan timeout)
        : ConfigurationProvider
    {
        // Configuration loads synchronously, before the host starts: there is nothing to serve without these.
        public override void Load() => Data = LoadAsync().GetAwaiter().GetResult();

        private async Task<Dictionary<string, string?>> LoadAsync()
        {
            using var http = new HttpClient { BaseAddress = endpoint, Timeout = TimeSpan.FromSeconds(5) };
            if (!string.IsNullOrEmpty(token))
            {
                http.DefaultRequestHeaders.Add(DaprCronBinding.TokenHeader, token);
            }
            var secrets = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
            var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (var (setting, (secret, key)) in wanted)
            {
                if (!secrets.TryGetValue(secret, out var values))
                {
                    secrets[secret] = values = await ReadAsync(http, secret);
                }
                // Names only: a message that reaches a log must never carry the value.
                data[setting] = values.TryGetValue(key, out var value)
                    ? value
                    : throw new InvalidOperationException($"Secret '{secret}' in Dapr secret store '{store}' has no key '{key}' (wanted for {setting}).");
            }
            return data;
        }

        // The sidecar may still be starting when the app does: ask again until the timeout, then say what failed.
        private async Task<Dictionary<string, string>> ReadAsync(HttpClient http, string secret)
        {
            var path = $"v1.0/secrets/{Uri.EscapeDataString(store)}/{Uri.EscapeDataString(secret)}";
            var deadline = DateTime.UtcNow + timeout;
            var last = "no answer";
            while (true)
            {
                try
                {
                    using var response = await http.GetAsync(path);
                    if (response.IsSuccessStatusCode)
                    {
                        return await response.Content.ReadFromJsonAsync<Dictionary<string, string>>() ?? [];
                    }
                    last = $"HTTP {(int)response.StatusCode}";
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    last = ex.GetType().Name;
                }
                if (DateTime.UtcNow >= deadline)
                {
                    throw new InvalidOperationException(
                        $"Could not read secret '{secret}' from Dapr secret store '{store}' at {endpoint} within {timeout.TotalSeconds:0} s ({last}).");
                }
                await Task.Delay(TimeSpan.FromMilliseconds(500));
            }
        }
    }
}
