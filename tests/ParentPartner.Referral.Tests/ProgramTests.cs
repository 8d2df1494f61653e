using System.Net;
using System.Net.Http.Json;
using ParentPartner.Referral.Tests.Support;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders.Referrals;

namespace ParentPartner.Referral.Tests;

/// <summary>The programs referral knows: registered and changed by their own program admins, read by their staff.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ProgramTests(Platform platform) : IAsyncLifetime
{
    private readonly ReferralWorld _world = new(platform);

    public Task InitializeAsync() => _world.EnsureProgramsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_program_admin_updates_their_program_and_its_staff_read_it()
    {
        using var admin = await platform.GatewayClientAsync(TestUsers.AdminA);
        try
        {
            using var put = await admin.PutAsJsonAsync($"/api/referrals/programs/{TestUsers.ProgramA}",
                new ProgramRequestBuilder().With("name", "P2P Iowa (renamed)").With("timeZone", "America/Denver").Build());
            var updated = await put.ReadJsonAsync();
            Assert.Equal(("P2P Iowa (renamed)", "p2p", "America/Denver"),
                (updated.GetProperty("name").GetString(), updated.GetProperty("kind").GetString(), updated.GetProperty("timeZone").GetString()));

            using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
            using var read = await coordinator.GetAsync($"/api/referrals/programs/{TestUsers.ProgramA}");
            var program = await read.ReadJsonAsync();
            Assert.Equal("America/Denver", program.GetProperty("timeZone").GetString());
            Assert.True(program.GetProperty("acceptingSelfReferrals").GetBoolean());
            using var list = await coordinator.GetAsync("/api/referrals/programs");
            Assert.Equal([TestUsers.ProgramA], (await list.ReadJsonAsync()).EnumerateArray().Select(p => p.GetProperty("programId").GetString()));
        }
        finally
        {
            await _world.PutProgramAsync(TestUsers.AdminA, TestUsers.ProgramA, new ProgramRequestBuilder().Build());
        }
    }

    [Fact]
    public async Task Registering_a_program_outside_the_admins_programs_is_404()
    {
        using var admin = await platform.GatewayClientAsync(TestUsers.AdminA);
        using var response = await admin.PutAsJsonAsync("/api/referrals/programs/some-other-program", new ProgramRequestBuilder().Build());
        await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Null(await _world.ProgramUpdatedAtAsync("some-other-program"));
    }

    [Fact]
    public async Task The_kind_of_program_decides_what_ready_for_matching_needs()
    {
        // Program A is P2P: a case stage alone does not make a referral ready for matching there.
        var id = await _world.SubmitAsync(TestUsers.CoordinatorA, new Testing.Builders.ReferralRequestBuilder(TestUsers.ProgramA).WithChildWelfareProfile().Build());
        await _world.MoveAsync(id, "screened");
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        using var response = await coordinator.PostAsJsonAsync($"/api/referrals/{id}/status-changes", StatusChangeRequestBuilder.To("ready-for-matching"));
        var errors = (await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("child.conditionCategories", out _));
    }
}
