using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Dapr;
using ParentPartner.ServiceDefaults.Health;
using ParentPartner.ServiceDefaults.Http;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Telemetry;

namespace ParentPartner.ServiceDefaults;

public static class ServiceDefaultsExtensions
{
    /// <summary>Everything every ParentPartner service shares: secrets from a Dapr sidecar where one runs, telemetry, health, problem details, JWT auth, OpenAPI, hardened HTTP.</summary>
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder, string serviceName)
    {
        builder.Configuration.AddDaprSecrets();
        builder.Services.AddSingleton(new ServiceInfo(serviceName));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddServiceTelemetry(serviceName);
        builder.Services.AddServiceHealthChecks();
        builder.Services.AddServiceProblemDetails();
        builder.Services.AddKeycloakJwtAuthentication();
        builder.Services.AddProgramAccess();
        builder.Services.AddServiceOpenApi(serviceName);
        builder.Services.AddServiceJson();
        builder.Services.AddHttpHardening();
        return builder;
    }

    /// <summary>The standard middleware order and the endpoints every service answers (health, OpenAPI).</summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestTextGuardMiddleware>();
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapServiceHealthChecks();
        app.MapServiceOpenApi();
        return app;
    }
}
