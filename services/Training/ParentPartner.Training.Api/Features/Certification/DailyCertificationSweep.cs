using Microsoft.Extensions.Options;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.Training.Api.Features.Common;

namespace ParentPartner.Training.Api.Features.Certification;

/// <summary>
/// Runs the certification sweep at start-up and then once a day, on the injected clock. Each run is a
/// fresh scope with no caller, so it is system work that sees every program.
/// </summary>
public sealed class DailyCertificationSweep(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<CertificationSweepOptions> options,
    ILogger<DailyCertificationSweep> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<CertificationSweep>().RunAsync(clock.Now(), cancellationToken: stoppingToken);
                logger.LogInformation("Daily certification sweep: {Programs} programs, {Lapsed} lapsed, {Restored} restored, {Certified} certified",
                    result.Programs, result.Lapsed, result.Restored, result.Certified);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The next day's run tries again; the exception type only, messages can carry data.
                logger.LogError("Daily certification sweep failed with {ExceptionType}", ex.GetType().FullName);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
