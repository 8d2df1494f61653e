using ParentPartner.Referral.Api.Domain;

namespace ParentPartner.Referral.Api.Features.ReEntries;

/// <summary>A recorded re-entry into care: the reunification it follows, and whether it fell within 12 and within 24 months of it.</summary>
/// <param name="Id">The re-entry's id.</param>
/// <param name="ReferralId">The referral of the reunified family.</param>
/// <param name="MatchId">The match that ended reunified, when there was one.</param>
/// <param name="ReunifiedOn">The day the family was reunified.</param>
/// <param name="EnteredCareOn">The day the child re-entered care.</param>
/// <param name="Within12Months">Re-entry within 12 months of reunification (a federal child-welfare measure).</param>
/// <param name="Within24Months">Re-entry within 24 months of reunification.</param>
/// <param name="RecordedAt">When it was recorded.</param>
public sealed record ReEntryResponse(
    Guid Id,
    Guid ReferralId,
    Guid? MatchId,
    DateOnly ReunifiedOn,
    DateOnly EnteredCareOn,
    bool Within12Months,
    bool Within24Months,
    DateTimeOffset RecordedAt)
{
    public static ReEntryResponse From(ReEntry r) => new(
        r.Id, r.ReferralId, r.MatchId, r.ReunifiedOn, r.EnteredCareOn,
        ReEntryWindow.Within(r.ReunifiedOn, r.EnteredCareOn, ReEntryWindow.FirstMonths),
        ReEntryWindow.Within(r.ReunifiedOn, r.EnteredCareOn, ReEntryWindow.FollowedMonths),
        r.RecordedAt);
}
