using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.ServiceDefaults.Jobs;

/// <summary>
/// A sweep run in-process: at start-up and then every interval, on the injected clock, as system work (a fresh
/// scope and no caller, so program access sees every program). Where a Dapr cron binding drives the sweep instead
/// (deploy/dapr), the deployment sets <c>{section}:Enabled=false</c>. The sweep itself must be safe to run on
/// several instances at once; this only decides when it runs.
/// </summary>
public sealed class RecurringJob<TJob>(
    IServiceScopeFactory scopes, TimeProvider clock, bool enabled, TimeSpan interval,
    Func<TJob, DateTimeOffset, CancellationToken, Task> run, ILogger<RecurringJob<TJob>> logger) : BackgroundService
    where TJob : notnull
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!enabled)
        {
            return;
        }
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await run(scope.ServiceProvider.GetRequiredService<TJob>(), clock.Now(), stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The next run tries again; the exception type only, messages can carry data.
                logger.LogError("{Job} failed with {ExceptionType}", typeof(TJob).Name, ex.GetType().FullName);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

public static class RecurringJobExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TJob"/> (scoped) and runs it every <c>{section}:Interval</c> (default
    /// <paramref name="interval"/>) unless <c>{section}:Enabled</c> is false.
    /// </summary>
    public static IHostApplicationBuilder AddRecurringJob<TJob>(
        this IHostApplicationBuilder builder, string section, TimeSpan interval, Func<TJob, DateTimeOffset, CancellationToken, Task> run)
        where TJob : class
    {
        builder.Services.AddScoped<TJob>();
        var settings = builder.Configuration.GetSection(section);
        var enabled = settings.GetValue("Enabled", true);
        var every = settings.GetValue("Interval", interval);
        builder.Services.AddHostedService(services => new RecurringJob<TJob>(
            services.GetRequiredService<IServiceScopeFactory>(), services.GetRequiredService<TimeProvider>(), enabled, every, run,
            services.GetRequiredService<ILogger<RecurringJob<TJob>>>()));
        return builder;
    }
}
