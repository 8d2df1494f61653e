using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ParentPartner.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>
    /// Traces, metrics and logs through OpenTelemetry; exported over OTLP only when
    /// OTEL_EXPORTER_OTLP_ENDPOINT is set, so a bare run needs no collector. Data, messaging and the proxy
    /// add their own sources where they are used (ServiceDefaults.Data, the gateway).
    /// </summary>
    public static IHostApplicationBuilder AddServiceTelemetry(this IHostApplicationBuilder builder, string serviceName)
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName, serviceNamespace: "parentpartner"))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(ParentPartnerDiagnostics.MeterName))
            .WithTracing(tracing => tracing
                .AddSource(ParentPartnerDiagnostics.ActivitySourceName)
                .AddAspNetCoreInstrumentation(options =>
                {
                    options.Filter = context => !context.Request.Path.StartsWithSegments("/health");
                    options.EnrichWithHttpRequest = (activity, request) =>
                    {
                        if (SecretPaths.Redacted(request.Path.Value) is { } path)
                        {
                            activity.SetTag("url.path", path);
                            activity.SetTag("url.query", null);
                        }
                    };
                })
                // The gateway forwards with HttpClient: its spans would carry the same secret in url.full.
                .AddHttpClientInstrumentation(options => options.EnrichWithHttpRequestMessage = (activity, request) =>
                {
                    if (request.RequestUri is { } uri && SecretPaths.Redacted(uri.AbsolutePath) is { } path)
                    {
                        activity.SetTag("url.full", $"{uri.Scheme}://{uri.Authority}{path}");
                    }
                }));

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            otel.UseOtlpExporter();
        }

        return builder;
    }
}
