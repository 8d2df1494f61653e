using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ParentPartner.Gateway.Health;

/// <summary>The gateway is ready only when the service behind a cluster says it is ready.</summary>
public sealed class DownstreamHealthCheck(IHttpClientFactory clients, Uri readinessUri) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            using var response = await clients.CreateClient(nameof(DownstreamHealthCheck)).GetAsync(readinessUri, timeout.Token);
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"answered {(int)response.StatusCode}");
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("unreachable");
        }
    }
}
