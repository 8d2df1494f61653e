using System.Net;
using System.Text.Json;
using Xunit;

namespace ParentPartner.Testing;

/// <summary>The shared audit log's routes, as every service maps them under its own prefix (ADR 0009).</summary>
public static class AuditChecks
{
    /// <summary>GET {prefix}/audit/verify as the platform admin: the whole chain must verify.</summary>
    public static async Task<long> AssertChainVerifiesAsync(this Platform platform, string prefix)
    {
        var result = await platform.VerifyChainAsync(prefix);
        Assert.True(result.GetProperty("firstBrokenAt").ValueKind == JsonValueKind.Null, $"{prefix}: the chain is broken: {result}");
        var verified = result.GetProperty("verified").GetInt64();
        Assert.True(verified > 0, $"{prefix}: nothing was audited");
        return verified;
    }

    public static async Task<JsonElement> VerifyChainAsync(this Platform platform, string prefix)
    {
        using var admin = await platform.GatewayClientAsync(TestUsers.PlatformAdmin);
        using var response = await admin.GetAsync($"{prefix}/audit/verify");
        return await response.ReadJsonAsync();
    }

    /// <summary>
    /// A program's trail of one record as its admin reads it (every page). Checks on the way that another
    /// program's admin gets a 404 and a coordinator a 403.
    /// </summary>
    public static async Task<List<JsonElement>> TrailAsync(this Platform platform, string prefix, string recordId, string programId = TestUsers.ProgramA)
    {
        using var coordinator = await platform.GatewayClientAsync(programId == TestUsers.ProgramA ? TestUsers.CoordinatorA : TestUsers.CoordinatorB);
        using var forbidden = await coordinator.GetAsync($"{prefix}/programs/{programId}/audit?recordId={recordId}");
        await forbidden.AssertProblemAsync(HttpStatusCode.Forbidden);
        using var otherAdmin = await platform.GatewayClientAsync(programId == TestUsers.ProgramA ? TestUsers.AdminB : TestUsers.AdminA);
        using var hidden = await otherAdmin.GetAsync($"{prefix}/programs/{programId}/audit?recordId={recordId}");
        await hidden.AssertProblemAsync(HttpStatusCode.NotFound);

        using var admin = await platform.GatewayClientAsync(programId == TestUsers.ProgramA ? TestUsers.AdminA : TestUsers.AdminB);
        var entries = new List<JsonElement>();
        string? cursor = null;
        do
        {
            using var response = await admin.GetAsync($"{prefix}/programs/{programId}/audit?recordId={recordId}&limit=50{(cursor is null ? "" : $"&cursor={cursor}")}");
            var page = await response.ReadJsonAsync();
            entries.AddRange(page.GetProperty("items").EnumerateArray().Select(e => e.Clone()));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);
        return entries;
    }

    /// <summary>The trail names fields and never holds their values.</summary>
    public static void AssertNoValues(IEnumerable<JsonElement> entries, params string?[] values)
    {
        var text = string.Join("\n", entries.Select(e => e.GetRawText()));
        foreach (var value in values.Where(v => !string.IsNullOrEmpty(v)))
        {
            Assert.DoesNotContain(value!, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    public static string[] Fields(this JsonElement entry) => [.. entry.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!)];
}
