using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ParentPartner.ServiceDefaults.Data;

/// <summary>
/// Applies the checked-in migrations at start-up (creating the database if needed). Runs before the
/// bus and the outbox dispatcher start, so nothing touches a table that does not exist yet.
/// Kubernetes runs them once per release instead: a Job starts the service image with
/// Database:MigrateOnly=true (migrate, then stop the host), and the Deployments set
/// Database:MigrateOnStartup=false so several replicas never race on a migration (deploy/k8s).
/// </summary>
public sealed class MigrateDatabase<TDbContext>(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<MigrateDatabase<TDbContext>> logger) : IHostedService
    where TDbContext : DbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var configuration = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>();
        var migrateOnly = configuration["Database:MigrateOnly"] == "true";
        if (configuration["Database:MigrateOnStartup"] == "false" && !migrateOnly)
        {
            return;
        }

        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.Database.MigrateAsync(cancellationToken);
                logger.LogInformation("Database for {Context} is at the latest migration", typeof(TDbContext).Name);
                if (migrateOnly)
                {
                    lifetime.StopApplication();
                }
                return;
            }
            catch (NpgsqlException ex) when (attempt < 10 && ex.IsTransient)
            {
                logger.LogWarning("Database not reachable yet (attempt {Attempt}); retrying", attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 5)), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
