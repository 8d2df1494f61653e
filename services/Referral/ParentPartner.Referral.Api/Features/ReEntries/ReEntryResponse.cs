using ParentPartner.Referral.Api.Domain;

namespace ParentPartner.Referral.Api.Features.ReEntries;

/// <summary>A recorded re-entry into care: the reunification it follows, and whether it fell within 12 and within 24 months of it.</summary>
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
