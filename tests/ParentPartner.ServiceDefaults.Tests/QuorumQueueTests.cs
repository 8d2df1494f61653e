using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ParentPartner.ServiceDefaults;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Messaging;
using ParentPartner.Testing;

namespace ParentPartner.ServiceDefaults.Tests;

/// <summary>
/// AddServiceMessaging on the real test broker (own virtual host): every receive endpoint is a quorum queue with the
/// delivery limit, and a poison message ends in the endpoint's _error queue — through MassTransit's retries when the
/// consumer throws, and through the broker's delivery limit when deliveries keep coming back unacknowledged.
/// </summary>
public sealed class QuorumQueueTests : IAsyncLifetime
{
    private const string Service = "quorum-probe";
    private const string Queue = Service + "-always-fails";
    private BrokerVirtualHost _vhost = null!;
    private IHost _host = null!;
    private HttpClient _management = null!;

    public async Task InitializeAsync()
    {
        _vhost = await BrokerVirtualHost.CreateAsync($"pp-quorum-{Guid.NewGuid():N}");
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:RabbitMq"] = _vhost.AmqpUri,
            // Only the bus is under test: the database is registered (the dispatcher needs its services) but never opened.
            ["ConnectionStrings:Postgres"] = TestInfrastructure.Postgres,
            ["Database:MigrateOnStartup"] = "false",
            ["Auth:Authority"] = "https://127.0.0.1:9/", // validated at start, never called: no request is served
            ["Outbox:DispatcherEnabled"] = "false",
        });
        builder.AddServiceDefaults(Service);
        builder.AddServiceDatabase<ProbeDbContext>();
        builder.AddServiceMessaging<ProbeDbContext>();
        _host = builder.Build();
        await _host.StartAsync();
        _management = new HttpClient { BaseAddress = TestInfrastructure.RabbitMqManagement };
        var credentials = Uri.UnescapeDataString(TestInfrastructure.RabbitMq.UserInfo) is { Length: > 0 } info ? info : "guest:guest";
        _management.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        _management.Dispose();
        await _vhost.DisposeAsync();
    }

    [Fact]
    public async Task Receive_queues_are_quorum_queues_with_the_delivery_limit_dead_lettered_to_error()
    {
        var queue = await QueueAsync(Queue);

        Assert.Equal("quorum", queue.GetProperty("type").GetString());
        var arguments = queue.GetProperty("arguments");
        Assert.Equal(MessagingExtensions.DefaultDeliveryLimit, arguments.GetProperty("x-delivery-limit").GetInt32());
        Assert.Equal(Queue + "_error", arguments.GetProperty("x-dead-letter-exchange").GetString());
    }

    [Fact]
    public async Task A_message_that_always_throws_ends_in_error_after_the_retries_and_one_redelivered_past_the_limit_too()
    {
        // Publish only once the endpoint consumes: before its exchange is bound to the queue a published message has
        // nowhere to go and is dropped, so _error would never appear (seen once on a loaded machine).
        await Eventually.UntilAsync(async () => (await QueueAsync(Queue)).TryGetProperty("consumers", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : 0,
            n => n > 0, TimeSpan.FromSeconds(30), "the endpoint to consume its queue");
        await _host.Services.GetRequiredService<IBus>().Publish(new ProbeMessage(Guid.NewGuid()));

        // MassTransit's interval retries (0.1 + 0.5 + 2 + 5 s), then the fault moves it to _error.
        await Eventually.UntilAsync(() => MessagesAsync(Queue + "_error"), n => n == 1, TimeSpan.FromSeconds(60), "the poison message in _error");
        await Eventually.UntilAsync(() => MessagesAsync(Queue), n => n == 0, TimeSpan.FromSeconds(20), "the queue to be empty");

        // A consumer that dies on every delivery never gets to fault it: the broker counts the returns itself.
        await _host.StopAsync();
        await PublishToQueueAsync(Queue, """{"poison":true}""");
        for (var delivery = 1; delivery <= MessagingExtensions.DefaultDeliveryLimit + 1; delivery++)
        {
            var got = await _management.PostAsJsonAsync($"/api/queues/{Uri.EscapeDataString(_vhost.Name)}/{Queue}/get",
                new { count = 1, ackmode = "reject_requeue_true", encoding = "auto" });
            got.EnsureSuccessStatusCode();
        }

        await Eventually.UntilAsync(() => MessagesAsync(Queue + "_error"), n => n == 2, TimeSpan.FromSeconds(30), "the redelivered message dead-lettered to _error");
        await Eventually.UntilAsync(() => MessagesAsync(Queue), n => n == 0, TimeSpan.FromSeconds(20), "the queue to be empty");
    }

    private async Task<JsonElement> QueueAsync(string name) =>
        await Eventually.UntilAsync(
            async () =>
            {
                var response = await _management.GetAsync($"/api/queues/{Uri.EscapeDataString(_vhost.Name)}/{name}");
                return response.IsSuccessStatusCode ? JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement : (JsonElement?)null;
            },
            q => q is not null, TimeSpan.FromSeconds(20), $"queue {name}") ?? default;

    // The management API's message counts lag a few seconds behind the queue; Eventually absorbs that.
    // The _error queue appears only with the first fault, so a missing queue is -1 here (not a wait that could outlast the retries).
    private async Task<int> MessagesAsync(string name)
    {
        var response = await _management.GetAsync($"/api/queues/{Uri.EscapeDataString(_vhost.Name)}/{name}");
        if (!response.IsSuccessStatusCode)
        {
            return -1;
        }
        var queue = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return queue.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Number ? messages.GetInt32() : -1;
    }

    private async Task PublishToQueueAsync(string queue, string body)
    {
        var response = await _management.PostAsJsonAsync($"/api/exchanges/{Uri.EscapeDataString(_vhost.Name)}/amq.default/publish",
            new { properties = new { }, routing_key = queue, payload = body, payload_encoding = "string" });
        response.EnsureSuccessStatusCode();
    }
}

public sealed record ProbeMessage(Guid Id);

public sealed class AlwaysFailsConsumer : IConsumer<ProbeMessage>
{
    public Task Consume(ConsumeContext<ProbeMessage> context) => throw new InvalidOperationException("poison");
}

/// <summary>AddServiceMessaging takes its consumers from the assembly of a DbContext; this one is never opened.</summary>
public sealed class ProbeDbContext(DbContextOptions<ProbeDbContext> options, IProgramAccess programAccess) : ServiceDbContext(options, programAccess)
{
    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
    }
}
