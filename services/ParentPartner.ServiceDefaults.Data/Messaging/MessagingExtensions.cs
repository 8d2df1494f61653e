using MassTransit;
using MassTransit.Logging;
using MassTransit.Monitoring;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Messaging.Outbox;

namespace ParentPartner.ServiceDefaults.Messaging;

public static class MessagingExtensions
{
    /// <summary>Broker deliveries of one message before it is dead-lettered to _error (Messaging:DeliveryLimit).</summary>
    public const int DefaultDeliveryLimit = 5;

    /// <summary>
    /// MassTransit over RabbitMQ (ConnectionStrings:RabbitMq, an amqp:// URI) with queues named
    /// "{service}-{consumer}", interval retries then the _error queue (no delayed-exchange plugin here),
    /// and the outbox dispatcher for <typeparamref name="TDbContext"/>. Consumers are found in the
    /// service's own assembly (the one that holds its DbContext). Every receive endpoint is a quorum
    /// queue (replicated on a RabbitMQ cluster) with a broker-side delivery limit whose dead letters go to
    /// the endpoint's _error exchange, so a message that kills its consumer process on every delivery
    /// still ends in _error instead of looping (ADR 6). Messaging:QuorumQueues=false keeps classic queues
    /// for a broker whose queues were declared classic before (a queue cannot change type in place).
    /// </summary>
    public static IHostApplicationBuilder AddServiceMessaging<TDbContext>(this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator>? configureConsumers = null)
        where TDbContext : ServiceDbContext
    {
        var serviceName = builder.Services.Single(d => d.ServiceType == typeof(ServiceInfo)).ImplementationInstance is ServiceInfo info
            ? info.Name
            : throw new InvalidOperationException("AddServiceDefaults must run before AddServiceMessaging");

        builder.Services.AddOptions<OutboxOptions>().BindConfiguration("Outbox");
        builder.Services.AddSingleton<MessageTypeRegistry>();
        builder.Services.AddHostedService<OutboxDispatcher<TDbContext>>();
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddSource(DiagnosticHeaders.DefaultListenerName));
        builder.Services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddMeter(InstrumentationOptions.MeterName));

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, false));
            bus.AddConsumers(typeof(TDbContext).Assembly);
            configureConsumers?.Invoke(bus);
            bus.AddConfigureEndpointsCallback((context, queueName, endpoint) =>
            {
                var settings = context.GetRequiredService<IConfiguration>().GetSection("Messaging");
                if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit && settings.GetValue("QuorumQueues", true))
                {
                    rabbit.SetQuorumQueue();
                    rabbit.SetQueueArgument("x-delivery-limit", settings.GetValue("DeliveryLimit", DefaultDeliveryLimit));
                    rabbit.SetQueueArgument("x-dead-letter-exchange", queueName + "_error");
                }
            });
            bus.UsingRabbitMq((context, rabbit) =>
            {
                var broker = new Uri(context.GetRequiredService<IConfiguration>().GetConnectionString("RabbitMq") ?? "amqp://guest:guest@localhost:5672/");
                var credentials = Uri.UnescapeDataString(broker.UserInfo).Split(':', 2);
                var virtualHost = broker.AbsolutePath.Trim('/') is { Length: > 0 } path ? Uri.UnescapeDataString(path) : "/";
                rabbit.Host(broker.Host, (ushort)(broker.IsDefaultPort || broker.Port <= 0 ? 5672 : broker.Port), virtualHost, host =>
                {
                    host.Username(credentials.ElementAtOrDefault(0) is { Length: > 0 } user ? user : "guest");
                    host.Password(credentials.ElementAtOrDefault(1) ?? "guest");
                    host.PublisherConfirmation = true;
                });
                rabbit.UseMessageRetry(retry => retry.Intervals(100, 500, 2000, 5000));
                rabbit.ConfigureEndpoints(context);
            });
        });
        return builder;
    }
}
