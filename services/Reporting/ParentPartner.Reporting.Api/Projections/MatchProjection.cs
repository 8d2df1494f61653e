using ParentPartner.Contracts.Matching;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Api.Domain;

namespace ParentPartner.Reporting.Api.Projections;

/// <summary>Matching events onto <see cref="ReportedMatch"/>, <see cref="ReportedOffer"/> and the referral's queue dates.</summary>
public static class MatchProjection
{
    public static async Task MadeAsync(ReportingDbContext db, MatchMade message, CancellationToken cancellationToken)
    {
        var match = await RowLocks.MatchAsync(db, message.ProgramId, message.MatchId, cancellationToken);
        match.ReferralId = message.ReferralId;
        match.SupportParentId = message.SupportParentId;
        match.ReadyAt = message.ReadyAt;
        match.MadeAt = message.MadeAt;
        // Older senders leave the kind out; a resend of theirs must not erase one already known.
        match.ProgramKind = Vocabulary.KebabOrNull(message.ProgramKind) ?? match.ProgramKind;

        var referral = await RowLocks.ReferralAsync(db, message.ProgramId, message.ReferralId, cancellationToken);
        referral.MatchedAt = Instants.Earliest(referral.MatchedAt, message.MadeAt);
        referral.LeftQueue(message.MadeAt);
    }

    public static async Task EndedAsync(ReportingDbContext db, MatchEnded message, CancellationToken cancellationToken)
    {
        var match = await RowLocks.MatchAsync(db, message.ProgramId, message.MatchId, cancellationToken);
        match.ReferralId ??= message.ReferralId;
        match.SupportParentId ??= message.SupportParentId;
        if (match.EndedAt is null || message.EndedAt >= match.EndedAt)
        {
            match.EndedAt = message.EndedAt;
            match.EndReason = MatchEndReasons.Normalise(message.Reason);
            match.ReEntryWithin12Months = message.ReEntryWithin12Months;
        }
    }

    public static async Task OfferedAsync(ReportingDbContext db, MatchOffered message, CancellationToken cancellationToken)
    {
        var offer = await RowLocks.OfferAsync(db, message.ProgramId, message.OfferId, cancellationToken);
        offer.ReferralId = message.ReferralId;
        offer.SupportParentId = message.SupportParentId;
        offer.OfferedAt = message.OfferedAt;
    }

    public static async Task DeclinedAsync(ReportingDbContext db, MatchOfferDeclined message, CancellationToken cancellationToken)
    {
        var offer = await RowLocks.OfferAsync(db, message.ProgramId, message.OfferId, cancellationToken);
        offer.ReferralId ??= message.ReferralId;
        offer.SupportParentId ??= message.SupportParentId;
        offer.DeclinedAt = message.DeclinedAt;
        offer.DeclineReason = Vocabulary.KebabOrNull(message.Reason);
    }

    public static async Task ExpiredAsync(ReportingDbContext db, MatchOfferExpired message, CancellationToken cancellationToken)
    {
        var offer = await RowLocks.OfferAsync(db, message.ProgramId, message.OfferId, cancellationToken);
        offer.ReferralId ??= message.ReferralId;
        offer.SupportParentId ??= message.SupportParentId;
        offer.ExpiredAt = message.ExpiredAt;
    }
}
