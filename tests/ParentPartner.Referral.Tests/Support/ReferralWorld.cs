using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParentPartner.Gateway.Limits;
using ParentPartner.Referral.Api.Data;
using ParentPartner.Referral.Api.Domain;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders;
using ParentPartner.Testing.Builders.Referrals;
using ParentPartner.Testing.Builders.Reporting;

namespace ParentPartner.Referral.Tests.Support;

/// <summary>
/// The referral service's test world on one platform: its two registered programs (A: P2P with the public
/// form open; B: child welfare with it closed), referrals brought to any status, and a look at its database.
/// </summary>
public sealed class ReferralWorld(Platform platform)
{
    private static readonly ConcurrentDictionary<string, Lazy<Task>> ProgramsReady = new();
    private static readonly ConcurrentDictionary<string, Lazy<ServiceHost<RequestLimitsOptions>>> FormGateways = new();

    public Platform Platform => platform;

    public static TestUser CoordinatorOf(string programId) => programId == TestUsers.ProgramB ? TestUsers.CoordinatorB : TestUsers.CoordinatorA;

    /// <summary>Registers the two test programs once per fixture, through the admin endpoint.</summary>
    public Task EnsureProgramsAsync() =>
        ProgramsReady.GetOrAdd(platform.RunId, _ => new Lazy<Task>(async () =>
        {
            await PutProgramAsync(TestUsers.AdminA, TestUsers.ProgramA, new ProgramRequestBuilder().Build());
            await PutProgramAsync(TestUsers.AdminB, TestUsers.ProgramB, new ProgramRequestBuilder().ChildWelfare().AcceptingSelfReferrals(false).Build());
        })).Value;

    public async Task PutProgramAsync(TestUser admin, string programId, JsonObject body)
    {
        using var client = await platform.GatewayClientAsync(admin);
        using var response = await client.PutAsJsonAsync($"/api/referrals/programs/{programId}", body);
        Assert.True(response.IsSuccessStatusCode, $"PUT program {programId}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>
    /// A gateway whose anonymous bucket will not run dry during the functional form tests; the rate-limit
    /// test starts its own with a low limit. Same routes as the shared gateway (same appsettings).
    /// </summary>
    public ServiceHost<RequestLimitsOptions> FormGateway =>
        FormGateways.GetOrAdd(platform.RunId, _ => new Lazy<ServiceHost<RequestLimitsOptions>>(() => platform.StartGateway(new Dictionary<string, string?>
        {
            ["Gateway:RateLimiting:AnonymousTokenLimit"] = "100000",
        }))).Value;

    /// <summary>An anonymous client whose connections come from <paramref name="local"/> (any 127.x address is this machine).</summary>
    public static HttpClient AnonymousFrom(IPAddress local, ServiceHost<RequestLimitsOptions> gateway)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(local, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = gateway.Address };
    }

    public async Task<Guid> SubmitAsync(TestUser coordinator, JsonObject body)
    {
        using var client = await platform.GatewayClientAsync(coordinator);
        using var response = await client.PostAsJsonAsync("/api/referrals", body);
        return (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    /// <summary>A new referral taken in by the program's coordinator, complete enough to be matched.</summary>
    public Task<Guid> NewReferralAsync(string programId = TestUsers.ProgramA, Func<ReferralRequestBuilder, ReferralRequestBuilder>? shape = null)
    {
        var builder = new ReferralRequestBuilder(programId);
        builder = programId == TestUsers.ProgramB ? builder.WithChildWelfareProfile() : builder.WithP2pProfile();
        return SubmitAsync(CoordinatorOf(programId), (shape?.Invoke(builder) ?? builder).Build());
    }

    public async Task<JsonElement> MoveAsync(Guid id, string status, string programId = TestUsers.ProgramA)
    {
        using var client = await platform.GatewayClientAsync(CoordinatorOf(programId));
        using var response = await client.PostAsJsonAsync($"/api/referrals/{id}/status-changes", StatusChangeRequestBuilder.To(status));
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    /// <summary>A referral in <paramref name="status"/>; matched and closed through matching's events on the broker.</summary>
    public async Task<Guid> ReferralInAsync(string status, string programId = TestUsers.ProgramA)
    {
        var id = await NewReferralAsync(programId);
        switch (status)
        {
            case "received":
                break;
            case "screened":
                await MoveAsync(id, "screened", programId);
                break;
            case "ready-for-matching":
            case "information-only":
                await MoveAsync(id, "screened", programId);
                await MoveAsync(id, status, programId);
                break;
            case "withdrawn":
                await MoveAsync(id, "withdrawn", programId);
                break;
            case "matched":
            case "closed":
                await MoveAsync(id, "screened", programId);
                await MoveAsync(id, "ready-for-matching", programId);
                var match = await MatchAsync(id, programId);
                if (status == "closed")
                {
                    await EndMatchAsync(match);
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(status), status, "not a referral status");
        }
        return id;
    }

    /// <summary>Matching made a match for the referral: MatchMade published on the fixture's broker and handled by referral.</summary>
    public async Task<MatchEventsBuilder> MatchAsync(Guid referralId, string programId = TestUsers.ProgramA)
    {
        var match = new MatchEventsBuilder(programId, referralId, Guid.NewGuid());
        var now = platform.Clock.GetUtcNow();
        await PublishAndWaitAsync(match.Made(now.AddHours(-1), now));
        return match;
    }

    /// <summary>Matching ended the match: MatchEnded published and handled.</summary>
    public Task EndMatchAsync(MatchEventsBuilder match, string reason = "goals-met") =>
        PublishAndWaitAsync(match.Ended(platform.Clock.GetUtcNow(), reason));

    /// <summary>
    /// A family whose match ended "reunified" <paramref name="monthsAgo"/> months ago: MatchMade and MatchEnded on the
    /// broker with matching's own (past) times, as matching would send them when the family reunified back then.
    /// </summary>
    public async Task<(Guid ReferralId, MatchEventsBuilder Match, DateTimeOffset ReunifiedAt)> ReunifiedAsync(int monthsAgo, string programId = TestUsers.ProgramA)
    {
        var id = await ReferralInAsync("ready-for-matching", programId);
        var match = new MatchEventsBuilder(programId, id, Guid.NewGuid());
        var reunifiedAt = platform.Clock.GetUtcNow().AddMonths(-monthsAgo);
        await PublishAndWaitAsync(match.Made(reunifiedAt.AddMonths(-3), reunifiedAt.AddMonths(-3).AddHours(20)));
        await PublishAndWaitAsync(match.Ended(reunifiedAt, "reunified"));
        return (id, match, reunifiedAt);
    }

    /// <summary>Publishes an event as matching would (its own MessageId, or a given one as a broker redelivery).</summary>
    public async Task<Guid> PublishAsync(object message, Guid? messageId = null)
    {
        var id = messageId ?? NewId.NextGuid();
        await platform.Referral.Services.GetRequiredService<IBus>().Publish(message, message.GetType(), context => context.MessageId = id);
        return id;
    }

    public async Task<Guid> PublishAndWaitAsync(object message, Guid? messageId = null)
    {
        var id = await PublishAsync(message, messageId);
        await HandledAsync(id);
        return id;
    }

    /// <summary>Until referral's inbox holds the message: its changes committed with that row.</summary>
    public Task HandledAsync(Guid messageId, TimeSpan? timeout = null) =>
        Eventually.UntilAsync(() => InDbAsync(db => db.InboxRecords.AnyAsync(r => r.MessageId == messageId)), handled => handled, timeout ?? TimeSpan.FromSeconds(60), $"referral to handle message {messageId}");

    public async Task<T> InDbAsync<T>(Func<ReferralDbContext, Task<T>> query)
    {
        await using var scope = platform.Referral.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<ReferralDbContext>());
    }

    /// <summary>Everything a request could have stored: referrals, history, outbox, programs, audit, idempotency rows, inquiries and re-entries.</summary>
    public Task<long> StoredRowsAsync() => InDbAsync(async db =>
        (long)await db.Referrals.CountAsync() + await db.StatusChanges.CountAsync() + await db.OutboxMessages.CountAsync()
        + await db.Programs.CountAsync() + await db.AuditLog.CountAsync() + await db.IdempotencyRecords.CountAsync(r => r.StatusCode != 0)
        + await db.InformationRequests.CountAsync() + await db.ReEntries.CountAsync());

    /// <summary>The program's programs row, as updated-at tells whether a refused PUT changed it.</summary>
    public Task<DateTimeOffset?> ProgramUpdatedAtAsync(string programId) =>
        InDbAsync(db => db.Programs.Where(p => p.ProgramId == programId).Select(p => (DateTimeOffset?)p.UpdatedAt).FirstOrDefaultAsync());
}
