using System.Net;
using System.Net.Http.Json;
using ParentPartner.Testing;

namespace ParentPartner.Reporting.Tests.Support;

/// <summary>Sets a program's reporting settings through the API, as its admin.</summary>
public static class ProgramSettings
{
    public static async Task PutAsync(Platform platform, TestUser admin, string programId, int targetHours = 48, string stateCode = "IA", string? timeZone = "America/Chicago")
    {
        using var client = await platform.GatewayClientAsync(admin);
        using var response = await client.PutAsJsonAsync($"/api/reports/programs/{programId}/settings", new
        {
            stateCode,
            programName = "Parent Partners of " + stateCode,
            kind = "child-welfare",
            targetHours,
            timeZone,
        });
        await response.ReadJsonAsync(HttpStatusCode.OK);
    }
}
