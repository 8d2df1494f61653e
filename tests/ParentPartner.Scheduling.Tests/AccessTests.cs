using System.Net;
using System.Text.Json.Nodes;
using ParentPartner.Testing;

namespace ParentPartner.Scheduling.Tests;

/// <summary>Roles (403), other programs (404, never 403), support parents limited to appointments they attend.</summary>
[Collection(PlatformCollection.Name)]
public sealed class AccessTests(Platform platform)
{
    private readonly SchedulingDriver _scheduling = new(platform);

    private static IEnumerable<(HttpMethod Method, string Path, JsonNode? Body)> Endpoints(string programId, Guid id) =>
    [
        (HttpMethod.Post, SchedulingDriver.Appointments(programId), SchedulingDriver.Appointment()),
        (HttpMethod.Get, $"{SchedulingDriver.Appointments(programId)}/{id}", null),
        (HttpMethod.Put, $"{SchedulingDriver.Appointments(programId)}/{id}", SchedulingDriver.Appointment()),
        (HttpMethod.Post, $"{SchedulingDriver.Appointments(programId)}/{id}/cancellation", null),
        (HttpMethod.Put, $"{SchedulingDriver.Appointments(programId)}/{id}/outcome", new JsonObject { ["outcome"] = "fulfilled" }),
    ];

    [Fact]
    public async Task Wrong_roles_get_403_and_other_programs_404_with_nothing_stored()
    {
        var id = await _scheduling.CreateIdAsync(SchedulingDriver.Appointment("2026-12-01T10:00", "2026-12-01T11:00"));
        var before = await _scheduling.StoredAsync();
        foreach (var (method, path, body) in Endpoints(TestUsers.ProgramA, id))
        {
            using var payroll = await _scheduling.SendAsync(TestUsers.PayrollApproverA, method, path, body?.DeepClone());
            await payroll.AssertProblemAsync(HttpStatusCode.Forbidden);
            using var foreign = await _scheduling.SendAsync(TestUsers.CoordinatorB, method, path, body?.DeepClone());
            await foreign.AssertProblemAsync(HttpStatusCode.NotFound);
        }
        // Program A's appointment id under program B's own scope is not found either.
        foreach (var (method, path, body) in Endpoints(TestUsers.ProgramB, id).Skip(1))
        {
            using var crossed = await _scheduling.SendAsync(TestUsers.CoordinatorB, method, path, body?.DeepClone());
            await crossed.AssertProblemAsync(HttpStatusCode.NotFound);
        }
        Assert.Equal(before, await _scheduling.StoredAsync());
    }

    [Fact]
    public async Task A_support_parent_books_their_own_and_cannot_see_or_touch_anyone_elses()
    {
        var own = SchedulingDriver.Appointment("2026-12-02T18:00", "2026-12-02T19:00");
        own.Remove("supportParentSubject");
        var mine = await _scheduling.CreateAsync(own, TestUsers.SupportParentA);
        Assert.Equal(TestUsers.SupportParentA.Subject, mine.GetProperty("supportParentSubject").GetString());

        var theirs = await _scheduling.CreateIdAsync(SchedulingDriver.Appointment("2026-12-02T18:00", "2026-12-02T19:00", TestUsers.SupportParentA2.Subject));
        var before = await _scheduling.StoredAsync();
        foreach (var (method, path, body) in Endpoints(TestUsers.ProgramA, theirs).Skip(1))
        {
            using var response = await _scheduling.SendAsync(TestUsers.SupportParentA, method, path, body?.DeepClone());
            await response.AssertProblemAsync(HttpStatusCode.NotFound);
        }
        using var forOther = await _scheduling.SendAsync(TestUsers.SupportParentA, HttpMethod.Post, SchedulingDriver.Appointments(),
            SchedulingDriver.Appointment("2026-12-03T18:00", "2026-12-03T19:00", TestUsers.SupportParentA2.Subject));
        await forOther.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(before, await _scheduling.StoredAsync());

        using var read = await _scheduling.SendAsync(TestUsers.SupportParentA2, HttpMethod.Get, $"{SchedulingDriver.Appointments()}/{theirs}");
        await read.ReadJsonAsync();
    }
}
