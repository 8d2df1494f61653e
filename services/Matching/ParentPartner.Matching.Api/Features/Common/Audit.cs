using System.Security.Claims;
using ParentPartner.Matching.Api.Data;
using ParentPartner.ServiceDefaults.Audit;
using ParentPartner.ServiceDefaults.Auth;

namespace ParentPartner.Matching.Api.Features.Common;

/// <summary>
/// Matching's entries on the shared chained audit log (ADR 0009), saved with the caller's SaveChanges. Each is
/// recorded against the family (its referral id, as the family is known in every service), so one id reads the
/// family's trail; the fields say what of it, under the match or offer, was read or answered.
/// </summary>
public static class Audit
{
    public const string FamilyRecord = "referral";

    /// <summary>The match fields a read shows of a family, with its contact while the match is active.</summary>
    public static readonly string[] MatchFamilyFields =
    [
        "family.firstName", "family.languages", "family.county", "family.availability", "family.intakeFactors",
    ];

    public static readonly string[] MatchContactFields = ["family.contact.phone", "family.contact.email", "family.contact.preferredContact"];

    public static readonly string[] OfferAnswerFields = ["offer.status", "offer.answeredBy"];

    public static readonly string[] OfferWithdrawalFields = ["offer.status", "offer.answeredBy", "offer.withdrawReason"];

    public static void Record(this MatchingDbContext db, HttpContext http, DateTimeOffset at, string programId, Guid referralId, string action, string purpose,
        IReadOnlyCollection<string> fields, string? consent = null) =>
        db.Audit(http, action, programId, FamilyRecord, referralId, fields, consent, purpose, at);

    public static string Actor(ClaimsPrincipal user) => user.SubjectId() ?? user.ClientId() ?? "unknown";
}
