namespace ParentPartner.Matching.Api.Jobs;

/// <summary>Runs the expiry sweep on an interval (Matching:OfferSweepIntervalSeconds, default 60).</summary>
public sealed class OfferExpiryWorker(OfferExpirySweep sweep, IConfiguration configuration, ILogger<OfferExpiryWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Matching:OfferSweepIntervalSeconds", 60)));
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await sweep.RunOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Offer expiry sweep failed; it runs again on the next tick");
            }
        }
    }
}
