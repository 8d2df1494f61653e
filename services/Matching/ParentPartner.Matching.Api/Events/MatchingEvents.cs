using ParentPartner.Contracts.Matching;
using ParentPartner.Matching.Api.Domain;
using ParentPartner.ServiceDefaults.Http;

namespace ParentPartner.Matching.Api.Events;

/// <summary>The events matching publishes, built from offers and matches: ids, program and times, never a profile.</summary>
public static class MatchingEvents
{
    public static MatchOffered Offered(Offer offer) => new()
    {
        OfferId = offer.Id,
        ReferralId = offer.ReferralId,
        SupportParentId = offer.SupportParentId,
        ProgramId = offer.ProgramId,
        OfferedAt = offer.OfferedAt,
        ExpiresAt = offer.ExpiresAt,
    };

    /// <param name="reason">The reason code as stored on the offer (kebab-case).</param>
    public static MatchOfferDeclined Declined(Offer offer, string reason, DateTimeOffset at) => new()
    {
        OfferId = offer.Id,
        ReferralId = offer.ReferralId,
        SupportParentId = offer.SupportParentId,
        ProgramId = offer.ProgramId,
        Reason = reason,
        DeclinedAt = at,
    };

    public static MatchOfferExpired Expired(Offer offer, DateTimeOffset at) => new()
    {
        OfferId = offer.Id,
        ReferralId = offer.ReferralId,
        SupportParentId = offer.SupportParentId,
        ProgramId = offer.ProgramId,
        ExpiredAt = at,
    };

    /// <param name="reason">The withdrawal reason code as stored on the offer (kebab-case).</param>
    public static MatchOfferWithdrawn Withdrawn(Offer offer, string reason, DateTimeOffset at) => new()
    {
        OfferId = offer.Id,
        ReferralId = offer.ReferralId,
        SupportParentId = offer.SupportParentId,
        ProgramId = offer.ProgramId,
        Reason = reason,
        WithdrawnAt = at,
    };

    public static MatchMade Made(Match match, string? supportParentSubject) => new()
    {
        MatchId = match.Id,
        ReferralId = match.ReferralId,
        SupportParentId = match.SupportParentId,
        ProgramId = match.ProgramId,
        SupportParentSubject = supportParentSubject,
        ReadyAt = match.ReadyAt,
        MadeAt = match.MadeAt,
    };

    public static MatchEnded Ended(Match match, EndReason reason, bool? reEntryWithin12Months, DateTimeOffset at) => new()
    {
        MatchId = match.Id,
        ReferralId = match.ReferralId,
        SupportParentId = match.SupportParentId,
        ProgramId = match.ProgramId,
        Reason = KebabEnum.Name(reason),
        ReEntryWithin12Months = reEntryWithin12Months,
        EndedAt = at,
    };
}
