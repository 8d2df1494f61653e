using ParentPartner.Matching.Api.Domain;

namespace ParentPartner.Matching.Api.Features.Matches;

/// <summary>A match with both parties: the family as far as its consent allows, and the support parent.</summary>
/// <param name="Status">active or ended.</param>
/// <param name="MatchId">The match's id.</param>
/// <param name="ProgramId">The program it belongs to.</param>
/// <param name="ReadyAt">When the referral became ready for matching (UTC).</param>
/// <param name="MadeAt">When the match was made (offer accepted, UTC).</param>
/// <param name="EndedAt">When it ended (UTC); null while active.</param>
/// <param name="EndReason">Why it ended; null while active.</param>
/// <param name="Family">The family, as far as its consent allows.</param>
/// <param name="SupportParent">The support parent.</param>
public sealed record MatchDetailResponse(
    Guid MatchId, string ProgramId, string Status, DateTimeOffset ReadyAt, DateTimeOffset MadeAt, DateTimeOffset? EndedAt, EndReason? EndReason,
    MatchFamily Family, MatchSupportParent SupportParent);

/// <param name="FirstName">Null when the family's consent was revoked (erased) or referral did not share it.</param>
/// <param name="Contact">How to reach the family while the match is active, as far as the consent scope allows; null otherwise.</param>
/// <param name="Erased">Consent revoked: the family's data is gone, only ids and dates remain.</param>
/// <summary>The family's side of a match.</summary>
/// <param name="ReferralId">The family's referral.</param>
/// <param name="Languages">Languages the family speaks, first preference first.</param>
/// <param name="County">The family's county; null when not shared or erased.</param>
/// <param name="Availability">When the family can meet.</param>
/// <param name="IntakeFactors">The intake factors matching used.</param>
public sealed record MatchFamily(
    Guid ReferralId, string? FirstName, MatchContact? Contact, IReadOnlyList<string> Languages, string? County,
    MatchAvailability Availability, MatchIntakeFactors IntakeFactors, bool Erased);

/// <param name="ConsentScope">The scope the family consented to, which decided what is shared.</param>
/// <param name="PreferredContact">phone, text or email, when the family said.</param>
/// <summary>How to reach the family while the match is active.</summary>
/// <param name="Phone">Phone number; null when not shared.</param>
/// <param name="Email">Email address; null when not shared.</param>
public sealed record MatchContact(string? Phone, string? Email, string? PreferredContact, string ConsentScope);

/// <summary>When the family can meet.</summary>
/// <param name="Evenings">Can meet on weekday evenings.</param>
/// <param name="Weekends">Can meet on weekends.</param>
public sealed record MatchAvailability(bool Evenings, bool Weekends);

/// <summary>The intake factors matching holds for the family (the matching profile).</summary>
/// <param name="ConditionCategories">Condition-category codes the family is facing (peer-to-peer programs).</param>
/// <param name="CaseStage">The child-welfare case stage; null when not applicable.</param>
/// <param name="ChildAge">The child's age in years; null when not given.</param>
/// <param name="FatherToFatherWanted">Whether the family asked for a father as support parent.</param>
/// <param name="CulturalBackground">The cultural background the family asked for; null when none.</param>
/// <param name="QualitiesHopedFor">Tags of qualities hoped for in a support parent (kebab-case).</param>
public sealed record MatchIntakeFactors(
    IReadOnlyList<string> ConditionCategories, string? CaseStage, int? ChildAge, bool FatherToFatherWanted, string? CulturalBackground,
    IReadOnlyList<string> QualitiesHopedFor);

/// <param name="UserSubject">The support parent's account; null for a volunteer without a login (the coordinator answers for them).</param>
/// <summary>The support parent's side of a match.</summary>
/// <param name="SupportParentId">The support parent.</param>
/// <param name="Languages">Languages they speak.</param>
/// <param name="County">The county they serve; null when unknown.</param>
/// <param name="ActiveMatches">Families they carry now.</param>
/// <param name="MaxCaseload">Families they may carry at once.</param>
public sealed record MatchSupportParent(Guid SupportParentId, string? UserSubject, IReadOnlyList<string> Languages, string? County, int ActiveMatches, int MaxCaseload);
