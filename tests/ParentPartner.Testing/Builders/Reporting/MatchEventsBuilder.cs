using ParentPartner.Contracts.Matching;

namespace ParentPartner.Testing.Builders.Reporting;

/// <summary>The events matching publishes about offers and one match between a referral and a support parent.</summary>
public sealed class MatchEventsBuilder(string programId, Guid referralId, Guid supportParentId)
{
    public Guid MatchId { get; } = Guid.NewGuid();

    public Guid ReferralId => referralId;

    /// <summary>Made at <paramref name="madeAt"/>; <paramref name="programKind"/> p2p or child-welfare, the support parent's login subject when they have one.</summary>
    public MatchMade Made(DateTimeOffset readyAt, DateTimeOffset madeAt, string? programKind = null, string? supportParentSubject = null) => new()
    {
        MatchId = MatchId,
        ReferralId = referralId,
        SupportParentId = supportParentId,
        ProgramId = programId,
        SupportParentSubject = supportParentSubject,
        ProgramKind = programKind,
        ReadyAt = readyAt,
        MadeAt = madeAt,
    };

    /// <summary>Ended with a reason: goals-met, family-withdrew, reunified, case-closed or other.</summary>
    public MatchEnded Ended(DateTimeOffset at, string reason = "goals-met", bool? reEntryWithin12Months = null) => new()
    {
        MatchId = MatchId,
        ReferralId = referralId,
        SupportParentId = supportParentId,
        ProgramId = programId,
        Reason = reason,
        ReEntryWithin12Months = reEntryWithin12Months,
        EndedAt = at,
    };

    public MatchOffered Offered(Guid offerId, DateTimeOffset at) => new()
    {
        OfferId = offerId,
        ReferralId = referralId,
        SupportParentId = supportParentId,
        ProgramId = programId,
        OfferedAt = at,
        ExpiresAt = at.AddHours(72),
    };

    public MatchOfferDeclined Declined(Guid offerId, DateTimeOffset at, string reason = "not-available") => new()
    {
        OfferId = offerId,
        ReferralId = referralId,
        SupportParentId = supportParentId,
        ProgramId = programId,
        Reason = reason,
        DeclinedAt = at,
    };

    public MatchOfferExpired Expired(Guid offerId, DateTimeOffset at) => new()
    {
        OfferId = offerId,
        ReferralId = referralId,
        SupportParentId = supportParentId,
        ProgramId = programId,
        ExpiredAt = at,
    };
}
