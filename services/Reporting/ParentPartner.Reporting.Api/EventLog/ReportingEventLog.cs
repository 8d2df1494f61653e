using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Contracts.Referrals;
using ParentPartner.Contracts.Training;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Api.Domain;
using ParentPartner.Reporting.Api.Projections;

namespace ParentPartner.Reporting.Api.EventLog;

/// <summary>Writing to, reading from and (on consent revocation only) redacting the event log.</summary>
public static class ReportingEventLog
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly ConcurrentDictionary<Type, (PropertyInfo Program, PropertyInfo? Referral)> Keys = new();

    /// <summary>
    /// Taken first by every consumer: a rebuild (which holds the log in SHARE mode) and a consumer then never
    /// wait on each other's row locks, so they cannot deadlock; a consumer simply waits for the rebuild to finish.
    /// </summary>
    public static Task HoldAgainstRebuildAsync(ReportingDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("LOCK TABLE report_event_log IN ROW EXCLUSIVE MODE", cancellationToken);

    /// <summary>Adds the event to the log; it is written by the consumer's SaveChanges, in its transaction.</summary>
    public static void Append(ReportingDbContext db, object message, Guid messageId, DateTimeOffset now)
    {
        var (program, referral) = KeysOf(message.GetType());
        db.EventLog.Add(new LoggedEvent
        {
            MessageId = messageId,
            MessageType = message.GetType().FullName!,
            ProgramId = (string)program.GetValue(message)!,
            ReferralId = referral?.GetValue(message) as Guid?,
            LoggedAt = now,
            Payload = JsonSerializer.Serialize(message, message.GetType(), Json),
        });
    }

    /// <summary>The logged event as its contract type, or null when the type is no longer one reporting applies.</summary>
    public static object? Read(LoggedEvent logged) =>
        ReportingProjection.Resolve(logged.MessageType) is { } type ? JsonSerializer.Deserialize(logged.Payload, type, Json) : null;

    /// <summary>Erases the family's matching profile from the referral's logged events (consent revoked).</summary>
    public static async Task RedactReferralAsync(ReportingDbContext db, string programId, Guid referralId, CancellationToken cancellationToken)
    {
        var type = typeof(ReferralMatchingRequested).FullName!;
        var logged = await db.EventLog.IgnoreQueryFilters()
            .Where(e => e.ProgramId == programId && e.ReferralId == referralId && e.MessageType == type)
            .ToListAsync(cancellationToken);
        foreach (var entry in logged)
        {
            var profile = JsonSerializer.Deserialize<ReferralMatchingRequested>(entry.Payload, Json)!;
            entry.Payload = JsonSerializer.Serialize(profile.WithoutPersonalData(), Json);
        }
    }


    /// <summary>Erases a withdrawn support parent's matching profile from their logged events; certifications still count.</summary>
    public static async Task RedactSupportParentAsync(ReportingDbContext db, string programId, Guid supportParentId, CancellationToken cancellationToken)
    {
        var id = supportParentId.ToString();
        string[] types = [typeof(SupportParentCertified).FullName!, typeof(SupportParentProfileChanged).FullName!];
        var logged = await db.EventLog
            .FromSql($"SELECT * FROM report_event_log WHERE program_id = {programId} AND message_type = ANY({types}) AND payload ->> 'supportParentId' = {id}")
            .IgnoreQueryFilters()
            .ToListAsync(cancellationToken);
        foreach (var entry in logged)
        {
            entry.Payload = Read(entry) switch
            {
                SupportParentCertified certified => JsonSerializer.Serialize(Redacted(certified), Json),
                SupportParentProfileChanged changed => JsonSerializer.Serialize(Redacted(changed), Json),
                _ => entry.Payload,
            };
        }
    }

    public static SupportParentCertified Redacted(SupportParentCertified profile) => profile with
    {
        UserSubject = null, Languages = [], County = "", ConditionCategories = [], CaseExperience = [], AvailableEvenings = false,
        AvailableWeekends = false, FatherToFatherCapable = false, CulturalBackground = null, ChildBirthYear = null,
    };

    public static SupportParentProfileChanged Redacted(SupportParentProfileChanged profile) => profile with
    {
        UserSubject = null, Languages = [], County = "", ConditionCategories = [], CaseExperience = [], AvailableEvenings = false,
        AvailableWeekends = false, FatherToFatherCapable = false, CulturalBackground = null, ChildBirthYear = null,
    };

    private static (PropertyInfo Program, PropertyInfo? Referral) KeysOf(Type type) => Keys.GetOrAdd(type, t => (
        t.GetProperty("ProgramId") ?? throw new InvalidOperationException($"{t.Name} has no ProgramId"),
        t.GetProperty("ReferralId") is { PropertyType: var p } referral && p == typeof(Guid) ? referral : null));
}
