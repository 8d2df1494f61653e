using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders;
using ParentPartner.Testing.Builders.Referrals;
using ParentPartner.Testing.Builders.Training;
using Xunit.Abstractions;

namespace ParentPartner.IntegrationTests.Erasure;

/// <summary>
/// Issue 13, the whole-platform proof: a family and a support parent with values found nowhere else go through the
/// whole platform (referral → match → appointment → contact → timesheet → annual report); then the family revokes
/// consent and the support parent withdraws. Afterwards no text or JSON column of any service's database holds any of
/// their names, emails, phones or dates, except the pay records the law makes payroll keep (listed below, ADR 0010);
/// and nothing the services emitted along the way (spans, metric labels, log lines) ever held them.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ErasureProofTests(Platform platform, ITestOutputHelper log)
{
    private const string ProgramId = TestUsers.ProgramA;
    private static readonly TestUser Coordinator = TestUsers.CoordinatorA;
    private static readonly TestUser Admin = TestUsers.AdminA;
    private static readonly TestUser Partner = TestUsers.SupportParentA2;

    // The family: distinctive, so a hit can only be theirs.
    private const string FamilyFirst = "Zephyrine";
    private const string FamilyLast = "Quillfeather";
    private const string FamilyEmail = "zephyrine.q@example.org";
    private const string FamilyPhone = "515-555-0187";
    private const string FamilyAddress = "17 Marrowbone Lane";

    // The support parent, with the dates of their own lived experience.
    private const string ParentFirst = "Thaddeus";
    private const string ParentLast = "Brackenridge";
    private const string ParentEmail = "t.brackenridge@example.org";
    private const string ParentPhone = "515-555-0163";
    private const string CaseResolvedOn = "2011-02-13";
    private const string InRecoverySince = "2012-07-29";

    private static readonly string[] FamilyValues = [FamilyFirst, FamilyLast, FamilyEmail, FamilyPhone, FamilyAddress];
    private static readonly string[] ParentValues = [ParentFirst, ParentLast, ParentEmail, ParentPhone, CaseResolvedOn, InRecoverySince];

    /// <summary>
    /// What payroll keeps by law after a withdrawal (ADR 0010): the payee's legal name on the pay record, and the
    /// exports and invoices already issued that name them. Nothing of the family, nothing else of the support parent.
    /// </summary>
    private static readonly (string Service, string Table, string Column, string Value)[] LegallyKept =
    [
        ("payroll-stipend", "payees", "legal_name", ParentFirst), ("payroll-stipend", "payees", "legal_name", ParentLast),
        ("payroll-stipend", "payroll_exports", "content", ParentFirst), ("payroll-stipend", "payroll_exports", "content", ParentLast),
        ("payroll-stipend", "invoices", "html", ParentFirst), ("payroll-stipend", "invoices", "html", ParentLast),
        ("payroll-stipend", "invoices", "csv", ParentFirst), ("payroll-stipend", "invoices", "csv", ParentLast),
    ];

    private static readonly TimeZoneInfo Chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");

    [Fact]
    public async Task After_consent_is_revoked_and_the_support_parent_withdraws_no_service_holds_or_emitted_their_personal_data()
    {
        using var telemetry = new TelemetryCapture();
        using var coordinator = await platform.GatewayClientAsync(Coordinator);
        using var admin = await platform.GatewayClientAsync(Admin);
        using var partner = await platform.GatewayClientAsync(Partner);
        await SetUpProgramAsync(admin);

        // Training: the support parent applies (linked to their account), completes pre-service and is certified.
        var supportParentId = await ApplyAsync(coordinator);
        await CompletePreServiceAsync(coordinator, supportParentId);

        // Referral: the family is taken in and screened ready for matching.
        var referralId = await TakeReferralAsync(coordinator);
        await MoveAsync(coordinator, referralId, "screened");
        await MoveAsync(coordinator, referralId, "ready-for-matching");

        // Matching: the pool and queue fill from the events; the coordinator offers, the support parent accepts.
        await Eventually.UntilAsync(() => coordinator.GetFromJsonAsync<JsonElement>($"/api/matching/programs/{ProgramId}/pool"),
            pool => pool.EnumerateArray().Any(p => p.GetProperty("supportParentId").GetGuid() == supportParentId && p.GetProperty("certified").GetBoolean()),
            TimeSpan.FromSeconds(60), "the certified support parent in matching's pool");
        await Eventually.UntilAsync(() => coordinator.GetFromJsonAsync<JsonElement>($"/api/matching/programs/{ProgramId}/queue"),
            queue => queue.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("referralId").GetGuid() == referralId),
            TimeSpan.FromSeconds(60), "the referral in matching's queue");
        using var offered = await coordinator.PostAsJsonAsync($"/api/matching/referrals/{referralId}/offers", new { supportParentId });
        var offerId = (await offered.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("offerId").GetGuid();
        using var accepted = await partner.PostAsync($"/api/matching/offers/{offerId}/acceptance", null);
        var matchId = (await accepted.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("matchId").GetGuid();
        // The match's contact view holds the family's contact (from ReferralContactShared).
        await Eventually.UntilAsync(() => coordinator.GetStringAsync($"/api/matching/matches/{matchId}"), body => body.Contains(FamilyEmail),
            TimeSpan.FromSeconds(30), "the match to show the family's contact");

        // Scheduling: once the plan exists, a home visit is booked and the support parent logs it, then corrects it.
        await Eventually.UntilAsync(() => partner.GetAsync($"/api/scheduling/programs/{ProgramId}/matches/{matchId}/plan"),
            response => response.IsSuccessStatusCode, TimeSpan.FromSeconds(60), "scheduling's follow-up plan for the match");
        await BookVisitAsync(coordinator, matchId);
        var contactId = await LogContactAsync(partner, matchId);

        // Payroll: the contact becomes a timesheet line; the payee's legal name and benefit are recorded.
        await Eventually.UntilAsync(() => PaidRevisionAsync(contactId), revision => revision == 2, TimeSpan.FromSeconds(60),
            "payroll to pay the corrected contact");
        var statements = await partner.GetFromJsonAsync<JsonElement>("/api/payroll/me/statements");
        Assert.True(Totals(statements) > 0, "the support parent's timesheet pays the contact");
        using (var approver = await platform.GatewayClientAsync(TestUsers.PayrollApproverA))
        {
            await RecordPayeeAsync(approver, supportParentId);
        }

        // Reporting: the year's annual report draft counts them.
        var year = TimeZoneInfo.ConvertTime(platform.Clock.GetUtcNow(), Chicago).Year;
        using (var draft = await admin.PostAsync($"/api/reports/programs/{ProgramId}/annual-reports/{year}/drafts", null))
        {
            await draft.ReadJsonAsync(HttpStatusCode.Created);
        }

        // Before: the scan finds them where they are expected, so "none afterwards" is worth something.
        var before = await DatabaseScan.FindAsync(platform, [.. FamilyValues, .. ParentValues]);
        log.WriteLine($"before erasure, {before.Count} hits:\n{string.Join("\n", before.Distinct())}");
        foreach (var (service, table) in new[]
                 {
                     ("referral", "referrals"), ("referral", "outbox_messages"), ("training", "support_parents"), ("training", "idempotency_keys"),
                     ("matching", "family_contacts"), ("scheduling", "appointments"), ("scheduling", "contacts"), ("scheduling", "contact_revisions"),
                     ("scheduling", "idempotency_keys"), ("payroll-stipend", "payees"),
                 })
        {
            Assert.True(before.Any(h => h.Service == service && h.Table == table), $"expected the seeded values in {service}.{table} before erasure");
        }

        // The family revokes consent; the support parent withdraws.
        using (var revoked = await coordinator.PostAsJsonAsync($"/api/referrals/{referralId}/consent-revocation", new { }))
        {
            await revoked.ReadJsonAsync();
        }
        using (var withdrawn = await coordinator.PostAsJsonAsync($"/api/training/programs/{ProgramId}/support-parents/{supportParentId}/withdrawal", new { reason = "personal" }))
        {
            await withdrawn.ReadJsonAsync();
        }

        // After: every consumer has erased; only the payroll records the law keeps still name the support parent.
        var after = await Eventually.UntilAsync(
            () => DatabaseScan.FindAsync(platform, [.. FamilyValues, .. ParentValues]),
            hits => hits.All(IsLegallyKept), TimeSpan.FromSeconds(60), "every service to erase the family and the support parent");
        log.WriteLine($"after erasure, kept by law:\n{string.Join("\n", after.Distinct())}");
        Assert.DoesNotContain(after, h => FamilyValues.Contains(h.Value));
        Assert.Contains(after, h => h is { Table: "payees", Column: "legal_name" }); // the legal pay record stays

        // Counts and pay survive: the contact is still paid, the benefit (not a pay record) is gone.
        var statementsAfter = await partner.GetFromJsonAsync<JsonElement>("/api/payroll/me/statements");
        Assert.Equal(Totals(statements), Totals(statementsAfter));
        await using (var scope = platform.PayrollStipend.CreateScope())
        {
            var payee = await scope.ServiceProvider.GetRequiredService<PayrollStipendDbContext>().Payees.AsNoTracking()
                .SingleAsync(p => p.ProgramId == ProgramId && p.SupportParentId == supportParentId);
            Assert.Null(payee.BenefitKind);
            Assert.Null(payee.BenefitMonthlyLevel);
            Assert.NotNull(payee.LegalName);
        }
        using (var contact = await coordinator.GetAsync($"/api/scheduling/programs/{ProgramId}/contacts/{contactId}"))
        {
            var body = await contact.ReadJsonAsync();
            Assert.Equal(45, body.GetProperty("minutes").GetInt32());
        }

        // Telemetry: not one span, metric label or log line carried them, before or after erasure.
        Assert.NotEmpty(telemetry.Spans);
        Assert.NotEmpty(telemetry.MetricLabels);
        Assert.Contains(telemetry.Logs, line => line.Contains("[Information]"));
        log.WriteLine($"searched {telemetry.Spans.Count} spans, {telemetry.MetricLabels.Count} metric label sets, {telemetry.Logs.Count} log lines");
        foreach (var (kind, lines) in new[] { ("span", telemetry.Spans), ("metric labels", telemetry.MetricLabels), ("log line", telemetry.Logs) })
        {
            var leaked = lines.Where(line => FamilyValues.Concat(ParentValues).Any(v => line.Contains(v, StringComparison.OrdinalIgnoreCase))).Take(5).ToList();
            Assert.True(leaked.Count == 0, $"a {kind} carried personal data:\n{string.Join("\n", leaked)}");
        }
    }

    private async Task<int?> PaidRevisionAsync(Guid contactId)
    {
        await using var scope = platform.PayrollStipend.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PayrollStipendDbContext>().Contacts.AsNoTracking()
            .Where(c => c.ContactId == contactId).Select(c => (int?)c.Revision).FirstOrDefaultAsync();
    }

    private static bool IsLegallyKept(StoredHit hit) => LegallyKept.Contains((hit.Service, hit.Table, hit.Column, hit.Value));

    private static decimal Totals(JsonElement page) => page.GetProperty("items").EnumerateArray().Sum(s => s.GetProperty("total").GetDecimal());

    private static HttpRequestMessage Keyed(HttpMethod method, string path, object body) => new(method, path)
    {
        Content = JsonContent.Create(body),
        Headers = { { "Idempotency-Key", Guid.NewGuid().ToString() } },
    };

    private DateTime LocalNow => TimeZoneInfo.ConvertTime(platform.Clock.GetUtcNow(), Chicago).DateTime;

    /// <summary>Referral knows the program's kind, reporting its state, payroll its pay policy (each set once per platform).</summary>
    private async Task SetUpProgramAsync(HttpClient admin)
    {
        using (var program = await admin.PutAsJsonAsync($"/api/referrals/programs/{ProgramId}", new ProgramRequestBuilder().Build()))
        {
            Assert.True(program.IsSuccessStatusCode, await program.Content.ReadAsStringAsync());
        }
        using (var reporting = await admin.PutAsJsonAsync($"/api/reports/programs/{ProgramId}/settings",
                   new { stateCode = "IA", programName = "Erasure proof program", kind = "p2p", timeZone = "America/Chicago" }))
        {
            await reporting.ReadJsonAsync();
        }
        var policies = await admin.GetFromJsonAsync<JsonElement>($"/api/payroll/programs/{ProgramId}/policies");
        if (policies.GetArrayLength() > 0)
        {
            return;
        }
        var today = DateOnly.FromDateTime(LocalNow);
        var anchor = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        anchor = anchor.AddDays(-(((int)anchor.DayOfWeek + 6) % 7));
        using (var settings = await admin.PutAsJsonAsync($"/api/payroll/programs/{ProgramId}/settings", new
        {
            timeZone = "America/Chicago", frequency = "biweekly", periodAnchor = anchor, payDateLagDays = 5,
            unitRounding = "eight-minute", billingCode = "H0038", holdUntilW9 = false,
        }))
        {
            await settings.ReadJsonAsync();
        }
        using var policy = await admin.PostAsJsonAsync($"/api/payroll/programs/{ProgramId}/policies", new
        {
            effectiveFrom = anchor,
            hourlyRates = new Dictionary<string, decimal>
            {
                ["court-hearing"] = 25m, ["family-team-meeting"] = 25m, ["one-to-one"] = 20m, ["phone"] = 18m,
                ["support-group"] = 18m, ["training"] = 15m, ["other"] = 15m,
            },
            matchStipendMonthly = 100m,
            trainingAttendanceStipend = 25m,
            mileageRate = 0.725m,
        });
        await policy.ReadJsonAsync(HttpStatusCode.Created);
    }

    private async Task<Guid> ApplyAsync(HttpClient coordinator)
    {
        var application = new SupportParentApplicationBuilder(DateOnly.FromDateTime(LocalNow))
            .WithName(ParentFirst, ParentLast)
            .With("email", ParentEmail)
            .With("phone", ParentPhone)
            .WithAccount(Partner.Subject)
            .ResolvedOn(DateOnly.Parse(CaseResolvedOn))
            .InRecoverySince(DateOnly.Parse(InRecoverySince))
            .With("culturalBackground", "Appalachian");
        using var request = Keyed(HttpMethod.Post, $"/api/training/programs/{ProgramId}/support-parents", application.Build());
        using var response = await coordinator.SendAsync(request);
        return (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    /// <summary>Each pre-service course: a session that started two hours ago, the support parent enrolled and recorded complete.</summary>
    private async Task CompletePreServiceAsync(HttpClient coordinator, Guid supportParentId)
    {
        var courses = await coordinator.GetFromJsonAsync<JsonElement>($"/api/training/programs/{ProgramId}/courses?limit=200");
        var started = LocalNow.AddHours(-2);
        started = new DateTime(started.Year, started.Month, started.Day, started.Hour, started.Minute, 0);
        foreach (var course in courses.GetProperty("items").EnumerateArray().Where(c => c.GetProperty("kind").GetString() == "pre-service"))
        {
            using var cohort = await coordinator.PostAsJsonAsync($"/api/training/programs/{ProgramId}/cohorts",
                new CohortRequestBuilder(course.GetProperty("id").GetGuid(), started).Build());
            var cohortId = (await cohort.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
            using var enrolled = await coordinator.PostAsJsonAsync($"/api/training/programs/{ProgramId}/cohorts/{cohortId}/enrolments", new { supportParentId });
            var enrolmentId = (await enrolled.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
            using var recorded = await coordinator.PutAsJsonAsync($"/api/training/programs/{ProgramId}/cohorts/{cohortId}/enrolments/{enrolmentId}/attendance",
                new { attended = true, hours = 2.5m, completed = true });
            await recorded.ReadJsonAsync();
        }
    }

    private static async Task<Guid> TakeReferralAsync(HttpClient coordinator)
    {
        var referral = new ReferralRequestBuilder(ProgramId).WithP2pProfile()
            .WithParent("firstName", FamilyFirst)
            .WithParent("lastName", FamilyLast)
            .WithParent("email", FamilyEmail)
            .WithParent("phone", FamilyPhone)
            .WithNeeds("challenges", $"{FamilyFirst} has had a hard year; reach her on {FamilyPhone}.")
            .Build();
        using var request = Keyed(HttpMethod.Post, "/api/referrals", referral);
        using var response = await coordinator.SendAsync(request);
        return (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    private static async Task MoveAsync(HttpClient coordinator, Guid referralId, string status)
    {
        var change = StatusChangeRequestBuilder.To(status);
        change["note"] = $"Spoke with {FamilyFirst} {FamilyLast}.";
        using var response = await coordinator.PostAsJsonAsync($"/api/referrals/{referralId}/status-changes", change);
        await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    private async Task BookVisitAsync(HttpClient coordinator, Guid matchId)
    {
        var day = LocalNow.Date.AddDays(2);
        using var request = Keyed(HttpMethod.Post, $"/api/scheduling/programs/{ProgramId}/appointments", new
        {
            kind = "one-to-one", timeZone = "America/Chicago", startsLocal = $"{day:yyyy-MM-dd}T10:00", endsLocal = $"{day:yyyy-MM-dd}T11:00",
            place = "in-person", address = $"{FamilyAddress}, Des Moines", phone = FamilyPhone, supportParentSubject = Partner.Subject,
            familyName = FamilyFirst, matchId, confirmOverlap = true,
        });
        using var response = await coordinator.SendAsync(request);
        await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    private async Task<Guid> LogContactAsync(HttpClient partner, Guid matchId)
    {
        var startedAt = platform.Clock.GetUtcNow().AddSeconds(1);
        using var request = Keyed(HttpMethod.Post, $"/api/scheduling/programs/{ProgramId}/matches/{matchId}/contacts", new
        {
            kind = "one-to-one", mode = "in-person", startedAt, minutes = 30, miles = 4.5m,
            notes = $"Met {FamilyFirst} {FamilyLast} at {FamilyAddress}; she asked to be called on {FamilyPhone} or {FamilyEmail}.",
        });
        using var response = await partner.SendAsync(request);
        var contact = await response.ReadJsonAsync(HttpStatusCode.Created);
        var contactId = contact.GetProperty("id").GetGuid();
        using var corrected = await partner.PutAsJsonAsync($"/api/scheduling/programs/{ProgramId}/contacts/{contactId}", new
        {
            kind = "one-to-one", mode = "in-person", startedAt, minutes = 45, miles = 4.5m,
            notes = $"Met {FamilyFirst} at home.", reason = $"{FamilyFirst} {FamilyLast} says we talked longer.",
        });
        await corrected.ReadJsonAsync();
        return contactId;
    }

    private static async Task RecordPayeeAsync(HttpClient approver, Guid supportParentId)
    {
        using (var payee = await approver.PutAsJsonAsync($"/api/payroll/programs/{ProgramId}/payees/{supportParentId}",
                   new { legalName = $"{ParentFirst} {ParentLast}", w9OnFile = true }))
        {
            await payee.ReadJsonAsync();
        }
        using var benefit = await approver.PutAsJsonAsync($"/api/payroll/programs/{ProgramId}/payees/{supportParentId}/benefit",
            new { benefitKind = "ssi", monthlyEarningsLevel = 1000m, consent = true });
        await benefit.ReadJsonAsync();
    }
}
