using Microsoft.Extensions.Options;
using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.PayrollStipend.Api.Jobs;

/// <summary>Runs the stipend sweep at start-up and then once a day, on the injected clock, as system work (a fresh scope, no caller).</summary>
public sealed class DailyStipendSweep(IServiceScopeFactory scopes, TimeProvider clock, IOptions<StipendSweepOptions> options, ILogger<DailyStipendSweep> logger)
    : BackgroundService
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
                await scope.ServiceProvider.GetRequiredService<StipendSweep>().RunAsync(clock.Now(), cancellationToken: stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The next day's run tries again; the exception type only, messages can carry data.
                logger.LogError("Daily stipend sweep failed with {ExceptionType}", ex.GetType().FullName);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
