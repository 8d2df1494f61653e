using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Contracts.Training;
using ParentPartner.Testing;

namespace ParentPartner.Training.Tests;

/// <summary>Withdrawal erases the person (name, contact, account) and frees future seats; counts and training hours stay.</summary>
[Collection(PlatformCollection.Name)]
public sealed class WithdrawalTests(Platform platform)
{
    private readonly TrainingDriver _training = new(platform);

    [Fact]
    public async Task A_withdrawn_support_parent_is_erased_but_their_hours_and_count_remain()
    {
        await using var withdrawn = await DeliveryAudit<SupportParentWithdrawn>.StartAsync(platform.Broker);
        var id = await _training.ApplyEligibleAsync(application: _training.Application()
            .WithAccount(Guid.NewGuid().ToString())
            .With("culturalBackground", "Somali")
            .InRecoverySince(_training.Today.AddYears(-3)));
        var courses = await _training.ActiveCoursesAsync(kind: "pre-service");
        var course = courses[0].GetProperty("id").GetGuid();
        await _training.CompleteCourseAsync(id, course, hours: 3.25m);
        var future = (await _training.ScheduleCohortAsync(courses[1].GetProperty("id").GetGuid(), _training.LocalNow.PlusDays(30))).GetProperty("id").GetGuid();
        var seat = await _training.EnrolAsync(future, id);
        Assert.Equal(1, (await _training.GetAsync($"{TrainingDriver.Programs(TestUsers.ProgramA)}/cohorts/{future}", TestUsers.CoordinatorA)).GetProperty("enrolled").GetInt32());
        using var client = await _training.ClientAsync(TestUsers.CoordinatorA);
        var path = $"{TrainingDriver.Programs(TestUsers.ProgramA)}/support-parents/{id}";

        using var response = await client.PostAsJsonAsync($"{path}/withdrawal", new { reason = "moved-away" });

        var body = await response.ReadJsonAsync();
        Assert.Equal("withdrawn", body.GetProperty("status").GetString());
        Assert.Equal("moved-away", body.GetProperty("withdrawalReason").GetString());
        foreach (var erased in new[] { "firstName", "lastName", "email", "phone", "userSubject", "culturalBackground" })
        {
            Assert.Equal(JsonValueKind.Null, body.GetProperty(erased).ValueKind);
        }
        var row = await _training.InDatabaseAsync(db => db.SupportParents.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Null(row.FirstName);
        Assert.Null(row.LastName);
        Assert.Null(row.Email);
        Assert.Null(row.Phone);
        Assert.Null(row.UserSubject);
        Assert.Null(row.CulturalBackground);
        Assert.Null(row.InRecoverySince);
        Assert.Null(row.CaseResolvedOn);
        Assert.Equal("Polk", row.County);

        var transcript = await _training.GetAsync($"{path}/transcript", TestUsers.CoordinatorA);
        Assert.Equal(3.25m, transcript.GetProperty("totalHours").GetDecimal());
        Assert.Contains(transcript.GetProperty("courses").EnumerateArray(), c => c.GetProperty("courseId").GetGuid() == course && c.GetProperty("completed").GetBoolean());
        Assert.Equal(0, (await _training.GetAsync($"{TrainingDriver.Programs(TestUsers.ProgramA)}/cohorts/{future}", TestUsers.CoordinatorA)).GetProperty("enrolled").GetInt32());
        var cancelled = await _training.GetAsync($"{TrainingDriver.Programs(TestUsers.ProgramA)}/cohorts/{future}/enrolments/{seat}", TestUsers.CoordinatorA);
        Assert.Equal("cancelled", cancelled.GetProperty("status").GetString());
        var list = await _training.GetAsync($"{TrainingDriver.Programs(TestUsers.ProgramA)}/support-parents?status=withdrawn&limit=200", TestUsers.CoordinatorA);
        Assert.Contains(list.GetProperty("items").EnumerateArray(), p => p.GetProperty("id").GetGuid() == id);

        var message = (await Eventually.UntilAsync(
            () => Task.FromResult(withdrawn.Deliveries.Where(d => d.Message.SupportParentId == id).ToList()), d => d.Count > 0, what: "SupportParentWithdrawn")).Single().Message;
        Assert.Equal("moved-away", message.Reason);
        Assert.Equal(TestUsers.ProgramA, message.ProgramId);

        // Nothing more can happen to the record.
        var before = await _training.StoredAsync();
        using var again = await client.PostAsJsonAsync($"{path}/withdrawal", new { reason = "other" });
        await again.AssertProblemAsync(HttpStatusCode.Conflict);
        using var update = await client.PutAsJsonAsync(path, _training.Application().Build());
        await update.AssertProblemAsync(HttpStatusCode.Conflict);
        using var enrol = await client.PostAsJsonAsync($"{TrainingDriver.Programs(TestUsers.ProgramA)}/cohorts/{future}/enrolments", new { supportParentId = id });
        await enrol.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(before, await _training.StoredAsync());
    }
}
