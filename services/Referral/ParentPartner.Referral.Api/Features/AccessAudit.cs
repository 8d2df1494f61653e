using ParentPartner.Referral.Api.Data;
using ParentPartner.ServiceDefaults.Audit;

namespace ParentPartner.Referral.Api.Features;

/// <summary>
/// The audit entry for each referral whose personal data a response is about to show, on the shared chained log
/// (ADR 0009): which view, by the names of the fields it shows, and the consent in force.
/// </summary>
public static class AccessAudit
{
    public const string RecordType = "referral";

    /// <summary>The personal-data fields of each view, named as on the wire.</summary>
    public static class Views
    {
        public static readonly string[] Detail =
        [
            "parent.firstName", "parent.lastName", "parent.email", "parent.phone", "parent.preferredLanguages", "parent.county",
            "parent.culturalBackground", "child.age", "child.conditionCategories", "needs.challenges", "needs.reasonForSupport",
            "needs.qualitiesHopedFor", "needs.preferences", "referrer.contact",
        ];

        public static readonly string[] List = ["parentFirstName", "parentLastName", "county"];

        public static readonly string[] StatusHistory = ["statusChanges.note", "statusChanges.reason"];

        public static readonly string[] ReEntries = ["reEntries.enteredCareOn"];
    }

    public static void RecordReads(this ReferralDbContext db, HttpContext http, DateTimeOffset at, string[] fields, IEnumerable<Domain.Referral> referrals)
    {
        foreach (var referral in referrals)
        {
            db.Audit(http, AuditRecording.Read, referral.ProgramId, RecordType, referral.Id, fields, ConsentOf(referral), at: at);
        }
    }

    /// <summary>The consent in force as referral knows it: its scope, and whether it has been revoked.</summary>
    public static string ConsentOf(Domain.Referral referral) =>
        referral.Consent.RevokedAt is null ? referral.Consent.Scope : $"revoked:{referral.Consent.Scope}";
}
