using ParentPartner.Matching.Api.Domain;

namespace ParentPartner.Matching.Api.Features.Matches;

/// <summary>A match with both parties: the family as far as its consent allows, and the support parent.</summary>
/// <param name="Status">active or ended.</param>
public sealed record MatchDetailResponse(
    Guid MatchId, string ProgramId, string Status, DateTimeOffset ReadyAt, DateTimeOffset MadeAt, DateTimeOffset? EndedAt, EndReason? EndReason,
    MatchFamily Family, MatchSupportParent SupportParent);

/// <param name="FirstName">Null when the family's consent was revoked (erased) or referral did not share it.</param>
/// <param name="Contact">How to reach the family while the match is active, as far as the consent scope allows; null otherwise.</param>
/// <param name="Erased">Consent revoked: the family's data is gone, only ids and dates remain.</param>
public sealed record MatchFamily(
    Guid ReferralId, string? FirstName, MatchContact? Contact, IReadOnlyList<string> Languages, string? County,
    MatchAvailability Availability, MatchIntakeFactors IntakeFactors, bool Erased);

/// <param name="ConsentScope">The scope the family consented to, which decided what is shared.</param>
/// <param name="PreferredContact">phone, text or email, when the family said.</param>
public sealed record MatchContact(string? Phone, string? Email, string? PreferredContact, string ConsentScope);

public sealed record MatchAvailability(bool Evenings, bool Weekends);

/// <summary>The intake factors matching holds for the family (the matching profile).</summary>
public sealed record MatchIntakeFactors(
    IReadOnlyList<string> ConditionCategories, string? CaseStage, int? ChildAge, bool FatherToFatherWanted, string? CulturalBackground,
    IReadOnlyList<string> QualitiesHopedFor);

/// <param name="UserSubject">The support parent's account; null for a volunteer without a login (the coordinator answers for them).</param>
public sealed record MatchSupportParent(Guid SupportParentId, string? UserSubject, IReadOnlyList<string> Languages, string? County, int ActiveMatches, int MaxCaseload);
