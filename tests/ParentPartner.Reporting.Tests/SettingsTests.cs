using System.Net;
using System.Net.Http.Json;
using ParentPartner.Testing;

namespace ParentPartner.Reporting.Tests;

/// <summary>A program's reporting settings: read and replaced by its program admin.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SettingsTests(Platform platform)
{
    [Fact]
    public async Task A_program_admin_sets_state_name_kind_and_target_and_reads_them_back()
    {
        using var admin = await platform.GatewayClientAsync(TestUsers.AdminB);

        using var put = await admin.PutAsJsonAsync($"/api/reports/programs/{TestUsers.ProgramB}/settings", new
        {
            stateCode = "pr",
            programName = "  Padres Aliados de Puerto Rico ",
            kind = "p2p",
        });
        var stored = await put.ReadJsonAsync(HttpStatusCode.OK);
        using var get = await admin.GetAsync($"/api/reports/programs/{TestUsers.ProgramB}/settings");
        var read = await get.ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(stored.GetRawText(), read.GetRawText());
        Assert.True(read.GetProperty("configured").GetBoolean());
        Assert.Equal("PR", read.GetProperty("stateCode").GetString());
        Assert.Equal("Padres Aliados de Puerto Rico", read.GetProperty("programName").GetString());
        Assert.Equal("p2p", read.GetProperty("kind").GetString());
        Assert.Equal(48, read.GetProperty("targetHours").GetInt32());

        using var changed = await admin.PutAsJsonAsync($"/api/reports/programs/{TestUsers.ProgramB}/settings", new
        {
            stateCode = "PR",
            programName = "Padres Aliados",
            kind = "child-welfare",
            targetHours = 72,
        });
        var after = await changed.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(("child-welfare", 72), (after.GetProperty("kind").GetString(), after.GetProperty("targetHours").GetInt32()));
    }
}
