using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using OpenTelemetry.Trace;
using ParentPartner.ServiceDefaults.Health;
using ParentPartner.ServiceDefaults.Messaging.Outbox;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.ServiceDefaults.Data;

public static class DatabaseExtensions
{
    /// <summary>
    /// The service's own PostgreSQL database: ConnectionStrings:Postgres names the server (and may name
    /// the database); Database:Name, else "parentpartner_{service}", picks the database. Migrations run
    /// at start-up, before the bus starts consuming.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TDbContext>(this IHostApplicationBuilder builder)
        where TDbContext : ServiceDbContext
    {
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxSignalInterceptor>();
        builder.Services.AddDbContext<TDbContext>((services, options) =>
        {
            options.UseNpgsql(ConnectionString(services.GetRequiredService<IConfiguration>(), services.GetRequiredService<ServiceInfo>().Name))
                .UseSnakeCaseNamingConvention()
                .AddInterceptors(services.GetRequiredService<OutboxSignalInterceptor>());
        });
        // The shared endpoints (the audit log's) take the service's context by its base type.
        builder.Services.AddScoped<ServiceDbContext>(services => services.GetRequiredService<TDbContext>());
        builder.Services.AddHostedService<MigrateDatabase<TDbContext>>();
        builder.Services.AddSingleton<IUnavailableDependency, DatabaseUnavailable>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<TDbContext>>("database", tags: [HealthExtensions.ReadyTag]);
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddNpgsql());
        return builder;
    }

    public static string ConnectionString(IConfiguration configuration, string serviceName)
    {
        var connection = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString("Postgres")
            ?? "Host=localhost;Port=5432;Username=postgres;Password=postgres");
        if (configuration["Database:Name"] is { Length: > 0 } name)
        {
            connection.Database = name;
        }
        else if (string.IsNullOrEmpty(connection.Database))
        {
            connection.Database = $"parentpartner_{serviceName.Replace('-', '_')}";
        }
        return connection.ConnectionString;
    }
}
