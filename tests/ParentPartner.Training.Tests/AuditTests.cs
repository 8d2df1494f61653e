using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Testing;

namespace ParentPartner.Training.Tests;

/// <summary>Staff reads and changes of a support parent's application go on the shared chained audit log (ADR 0009).</summary>
[Collection(PlatformCollection.Name)]
public sealed class AuditTests(Platform platform)
{
    private readonly TrainingDriver _training = new(platform);

    [Fact]
    public async Task Reading_and_changing_a_support_parent_is_on_their_trail_by_field_name_and_the_chain_verifies()
    {
        var application = _training.Application().WithName("Imelda", "Quarshie");
        var id = await _training.ApplyEligibleAsync(application: application);
        using var coordinator = await _training.ClientAsync(TestUsers.CoordinatorA);
        using var read = new HttpRequestMessage(HttpMethod.Get, $"{TrainingDriver.Programs(TestUsers.ProgramA)}/support-parents/{id}");
        read.Headers.Add("X-Access-Purpose", "certification-review");
        using var detail = await coordinator.SendAsync(read);
        var profile = await detail.ReadJsonAsync();
        using var list = await coordinator.GetAsync($"{TrainingDriver.Programs(TestUsers.ProgramA)}/support-parents?limit=100");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        using var update = await coordinator.PutAsJsonAsync($"{TrainingDriver.Programs(TestUsers.ProgramA)}/support-parents/{id}",
            application.WithName("Imelda", "Quarshie-Mensah").Build());
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);

        var trail = await platform.TrailAsync("/api/training", id.ToString());

        var actions = trail.Select(e => (e.GetProperty("action").GetString(), e.GetProperty("purpose").GetString())).ToList();
        Assert.Equal([("read", "certification-review"), ("read", "roster"), ("update", "case-work")], actions);
        Assert.All(trail, e => Assert.Equal(("support-parent", TestUsers.CoordinatorA.Subject), (e.GetProperty("recordType").GetString(), e.GetProperty("actor").GetString())));
        Assert.Contains("email", trail[0].Fields());
        Assert.Equal(["lastName"], trail[2].Fields());
        AuditChecks.AssertNoValues(trail, "Imelda", "Quarshie", profile.GetProperty("email").GetString(), profile.GetProperty("phone").GetString());
        Assert.Equal(await _training.InDatabaseAsync(db => db.AuditLog.LongCountAsync()), await platform.AssertChainVerifiesAsync("/api/training"));
    }

    [Fact]
    public async Task A_purpose_that_is_not_a_code_is_400_and_nothing_is_recorded()
    {
        var id = await _training.ApplyEligibleAsync();
        using var coordinator = await _training.ClientAsync(TestUsers.CoordinatorA);
        using var response = await coordinator.GetAsync($"{TrainingDriver.Programs(TestUsers.ProgramA)}/support-parents/{id}?purpose=Not%20A%20Code");
        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(0, await _training.InDatabaseAsync(db => db.AuditLog.CountAsync(e => e.RecordId == id.ToString())));
    }
}
