using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Jobs;
using ParentPartner.ServiceDefaults.Time;
using ParentPartner.Testing;

namespace ParentPartner.Scheduling.Tests;

/// <summary>Reminders: once each through a Dapr output binding with two instances sweeping, and into the local inbox without one.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ReminderTests(Platform platform)
{
    private readonly SchedulingDriver _scheduling = new(platform);

    private DateTimeOffset Now => DateTimeOffset.FromUnixTimeSeconds(platform.Clock.GetUtcNow().ToUnixTimeSeconds());

    private static async Task<PlanSweepResult> SweepAsync(ServiceHost<SchedulingDbContext> host, DateTimeOffset now)
    {
        await using var scope = host.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PlanSweep>().RunAsync(now);
    }

    [Fact]
    public async Task Two_instances_sweeping_at_once_send_tomorrows_appointment_reminder_through_the_binding_exactly_once_without_the_family()
    {
        await using var sidecar = FakeSidecar.Start();
        var overrides = new Dictionary<string, string?>
        {
            ["Scheduling:Reminders:DaprHttpEndpoint"] = sidecar.Url,
            ["Scheduling:PlanSweep:Enabled"] = "false",
        };
        var first = platform.StartService<SchedulingDbContext>("scheduling", overrides);
        var second = platform.StartService<SchedulingDbContext>("scheduling", overrides);
        try
        {
            var start = ProgramCalendar.For("America/Chicago").Local(Now.AddHours(3));
            var appointmentId = await _scheduling.CreateIdAsync(SchedulingDriver.Appointment($"{start:yyyy-MM-ddTHH:mm}", $"{start.AddHours(1):yyyy-MM-ddTHH:mm}"));

            for (var round = 0; round < 3; round++)
            {
                await Task.WhenAll(SweepAsync(first, Now), SweepAsync(second, Now));
            }

            var calls = sidecar.Calls.Where(c => c.Body.GetProperty("data").GetProperty("targetId").GetGuid() == appointmentId).ToList();
            var (path, body) = Assert.Single(calls);
            Assert.Equal("/v1.0/bindings/reminders", path);
            Assert.Equal("create", body.GetProperty("operation").GetString());
            var text = body.GetProperty("data").GetProperty("text").GetString()!;
            Assert.StartsWith("Reminder: One to one on ", text);
            Assert.DoesNotContain("Maria", body.GetRawText());
            Assert.DoesNotContain("Main St", body.GetRawText());
            Assert.Equal(sidecar.Calls.Count, sidecar.Calls.Select(c => c.Body.GetProperty("data").GetProperty("reminderId").GetGuid()).Distinct().Count());
        }
        finally
        {
            await platform.StopAsync(second);
            await platform.StopAsync(first);
        }
    }

    [Fact]
    public async Task Without_a_sidecar_an_overdue_first_contact_reminds_its_support_parent_in_the_app_and_nobody_else()
    {
        var match = await _scheduling.MatchAsync(Now.AddDays(-3), subject: TestUsers.SupportParentA2.Subject);
        await _scheduling.SweepAsync(Now);
        var firstContact = (await _scheduling.ItemAsync(match.MatchId, "first-contact")).GetProperty("id").GetGuid();

        using var mine = await _scheduling.SendAsync(TestUsers.SupportParentA2, HttpMethod.Get, "/api/scheduling/me/reminders?limit=200");
        var reminder = (await mine.ReadJsonAsync()).GetProperty("items").EnumerateArray().Single(r => r.GetProperty("targetId").GetGuid() == firstContact);
        Assert.Equal(("plan-item-overdue", "local"), (reminder.GetProperty("kind").GetString(), reminder.GetProperty("channel").GetString()));
        Assert.NotEqual(JsonValueKind.Null, reminder.GetProperty("sentAt").ValueKind);

        using var theirs = await _scheduling.SendAsync(TestUsers.SupportParentA, HttpMethod.Get, "/api/scheduling/me/reminders?limit=200");
        Assert.DoesNotContain((await theirs.ReadJsonAsync()).GetProperty("items").EnumerateArray(), r => r.GetProperty("targetId").GetGuid() == firstContact);
        using var coordinator = await _scheduling.SendAsync(TestUsers.CoordinatorA, HttpMethod.Get, "/api/scheduling/me/reminders");
        await coordinator.AssertProblemAsync(HttpStatusCode.Forbidden);
    }
}
