using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ParentPartner.Gateway.Limits;
using ParentPartner.Referral.Api.Data;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders;
using ParentPartner.Testing.Builders.Referrals;

namespace ParentPartner.Referral.Tests;

/// <summary>
/// The hash chain itself, each test on a database of its own (a tampered chain stays broken): several instances
/// appending at once keep one chain, and an edited or removed row is reported exactly where it is.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ChainTests(Platform platform)
{
    [Fact]
    public async Task Two_instances_reading_at_once_keep_one_valid_chain()
    {
        await using var chain = await IsolatedAsync(replicas: 2);
        var id = await chain.SubmitAsync();
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA, chain.Gateway);

        // Round-robin through the gateway: the two instances append to the same chain at the same time.
        var reads = await Task.WhenAll(Enumerable.Range(0, 40).Select(async _ =>
        {
            using var response = await coordinator.GetAsync($"/api/referrals/{id}");
            return response.StatusCode;
        }));

        Assert.All(reads, status => Assert.Equal(HttpStatusCode.OK, status));
        var sequences = await chain.InDbAsync(db => db.AuditLog.OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync());
        Assert.Equal(40, sequences.Count);
        Assert.Equal(Enumerable.Range(1, 40).Select(n => (long)n), sequences);
        var verification = await chain.VerifyAsync();
        Assert.Equal((40L, true), (verification.GetProperty("verified").GetInt64(), verification.GetProperty("firstBrokenAt").ValueKind == System.Text.Json.JsonValueKind.Null));
    }

    [Fact]
    public async Task An_audit_row_edited_in_the_database_breaks_the_chain_at_that_row()
    {
        await using var chain = await IsolatedAsync(replicas: 1);
        var id = await chain.SubmitAsync();
        await chain.ReadAsync(id, times: 5);
        var victim = await chain.InDbAsync(db => db.AuditLog.SingleAsync(e => e.Sequence == 3));

        // A superuser, triggers off for the statement: what the append-only trigger cannot stop, the chain shows.
        await chain.AsSuperuserAsync("SET session_replication_role = replica; UPDATE audit_log SET purpose = 'nothing-to-see' WHERE sequence = 3; SET session_replication_role = DEFAULT;");

        var verification = await chain.VerifyAsync();
        Assert.Equal(2, verification.GetProperty("verified").GetInt64());
        var broken = verification.GetProperty("firstBrokenAt");
        Assert.Equal((3L, victim.Id), (broken.GetProperty("sequence").GetInt64(), broken.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task An_audit_row_removed_or_rehashed_in_the_database_breaks_the_chain_where_it_was()
    {
        await using var chain = await IsolatedAsync(replicas: 1);
        var id = await chain.SubmitAsync();
        await chain.ReadAsync(id, times: 6);
        var after = await chain.InDbAsync(db => db.AuditLog.SingleAsync(e => e.Sequence == 5));

        // Removing row 4 leaves row 5 pointing at a hash that is no longer before it.
        await chain.AsSuperuserAsync("SET session_replication_role = replica; DELETE FROM audit_log WHERE sequence = 4; SET session_replication_role = DEFAULT;");
        var verification = await chain.VerifyAsync();
        Assert.Equal((3L, 5L, after.Id), (verification.GetProperty("verified").GetInt64(),
            verification.GetProperty("firstBrokenAt").GetProperty("sequence").GetInt64(), verification.GetProperty("firstBrokenAt").GetProperty("id").GetGuid()));

        // Rewriting a row and its own hash (with the hash function the database has) still breaks the next link:
        // the rewritten row itself verifies (PostgreSQL's hash is the service's), the one after it does not.
        await using var chain2 = await IsolatedAsync(replicas: 1);
        var id2 = await chain2.SubmitAsync();
        await chain2.ReadAsync(id2, times: 4);
        var next = await chain2.InDbAsync(db => db.AuditLog.SingleAsync(e => e.Sequence == 3));
        await chain2.AsSuperuserAsync("""
            SET session_replication_role = replica;
            UPDATE audit_log SET actor = 'someone-else' WHERE sequence = 2;
            UPDATE audit_log SET hash = audit_entry_hash(sequence, id, program_id, at, actor, client_id, action, record_type, record_id,
                fields, purpose, consent, correlation_id, previous_hash) WHERE sequence = 2;
            SET session_replication_role = DEFAULT;
            """);
        var rehashed = await chain2.VerifyAsync();
        Assert.Equal((2L, 3L, next.Id), (rehashed.GetProperty("verified").GetInt64(),
            rehashed.GetProperty("firstBrokenAt").GetProperty("sequence").GetInt64(), rehashed.GetProperty("firstBrokenAt").GetProperty("id").GetGuid()));
    }

    private async Task<IsolatedChain> IsolatedAsync(int replicas)
    {
        var database = $"pp_{platform.RunId}_referral_chain_{Guid.NewGuid():N}"[..48];
        var overrides = new Dictionary<string, string?> { ["Database:Name"] = database };
        var hosts = Enumerable.Range(0, replicas).Select(_ => platform.StartService<ReferralDbContext>("referral", overrides)).ToList();
        var routes = new Dictionary<string, string?> { ["ReverseProxy:Clusters:referral:LoadBalancingPolicy"] = "RoundRobin" };
        for (var i = 0; i < hosts.Count; i++)
        {
            routes[$"ReverseProxy:Clusters:referral:Destinations:{(i == 0 ? "primary" : $"replica{i}")}:Address"] = hosts[i].Address.ToString();
        }
        var chain = new IsolatedChain(platform, hosts, platform.StartGateway(routes), database);
        using var admin = await platform.GatewayClientAsync(TestUsers.AdminA, chain.Gateway);
        using var program = await admin.PutAsJsonAsync($"/api/referrals/programs/{TestUsers.ProgramA}", new ProgramRequestBuilder().Build());
        Assert.True(program.IsSuccessStatusCode, await program.Content.ReadAsStringAsync());
        return chain;
    }

    // Stopped at the end of each test: they share the fixture's broker, and would otherwise take its referral events.
    private sealed record IsolatedChain(Platform Platform, List<ServiceHost<ReferralDbContext>> Hosts, ServiceHost<RequestLimitsOptions> Gateway, string Database) : IAsyncDisposable
    {
        private ServiceHost<ReferralDbContext> Host => Hosts[0];

        public async ValueTask DisposeAsync()
        {
            await Platform.StopAsync(Gateway);
            foreach (var host in Hosts)
            {
                await Platform.StopAsync(host);
            }
        }

        public async Task<Guid> SubmitAsync()
        {
            using var coordinator = await Platform.GatewayClientAsync(TestUsers.CoordinatorA, Gateway);
            using var response = await coordinator.PostAsJsonAsync("/api/referrals", new ReferralRequestBuilder(TestUsers.ProgramA).WithP2pProfile().Build());
            return (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        }

        public async Task ReadAsync(Guid id, int times)
        {
            using var coordinator = await Platform.GatewayClientAsync(TestUsers.CoordinatorA, Gateway);
            for (var i = 0; i < times; i++)
            {
                using var response = await coordinator.GetAsync($"/api/referrals/{id}");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }

        public async Task<System.Text.Json.JsonElement> VerifyAsync()
        {
            using var admin = await Platform.GatewayClientAsync(TestUsers.PlatformAdmin, Gateway);
            using var response = await admin.GetAsync("/api/referrals/audit/verify");
            return await response.ReadJsonAsync();
        }

        public async Task<T> InDbAsync<T>(Func<ReferralDbContext, Task<T>> query)
        {
            await using var scope = Host.CreateScope();
            return await query(scope.ServiceProvider.GetRequiredService<ReferralDbContext>());
        }

        public async Task AsSuperuserAsync(string sql)
        {
            var connection = new NpgsqlConnectionStringBuilder(TestInfrastructure.Postgres) { Database = Database };
            await using var db = new NpgsqlConnection(connection.ConnectionString);
            await db.OpenAsync();
            await using var command = new NpgsqlCommand(sql, db);
            await command.ExecuteNonQueryAsync();
        }
    }
}
