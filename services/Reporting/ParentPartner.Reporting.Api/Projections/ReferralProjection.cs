using Microsoft.EntityFrameworkCore;
using ParentPartner.Contracts.Referrals;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Api.Domain;
using ParentPartner.Reporting.Api.EventLog;

namespace ParentPartner.Reporting.Api.Projections;

/// <summary>Referral events onto <see cref="ReportedReferral"/> (and the all-time counts by source).</summary>
public static class ReferralProjection
{
    public static async Task ReceivedAsync(ReportingDbContext db, ReferralReceived message, CancellationToken cancellationToken)
    {
        var referral = await RowLocks.ReferralAsync(db, message.ProgramId, message.ReferralId, cancellationToken);
        // The natural key counts a referral once even if its event were sent again under another message id.
        if (!referral.ReceivedCounted)
        {
            referral.ReceivedCounted = true;
            referral.ReceivedAt = message.ReceivedAt;
            referral.Source = Vocabulary.Kebab(message.Source);
            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO referral_counts (program_id, source, received) VALUES ({message.ProgramId}, {referral.Source}, 1)
                ON CONFLICT (program_id, source) DO UPDATE SET received = referral_counts.received + 1
                """,
                cancellationToken);
        }
        referral.ApplyStatus(ReferralStatuses.Received, message.ReceivedAt);
    }

    public static async Task StatusChangedAsync(ReportingDbContext db, ReferralStatusChanged message, CancellationToken cancellationToken)
    {
        var referral = await RowLocks.ReferralAsync(db, message.ProgramId, message.ReferralId, cancellationToken);
        var to = Vocabulary.Kebab(message.To);
        var from = Vocabulary.KebabOrNull(message.From);
        var at = message.OccurredAt;
        referral.ApplyStatus(to, at);
        if (to == ReferralStatuses.ReadyForMatching)
        {
            referral.BecameReady(at);
        }
        if (from == ReferralStatuses.ReadyForMatching || ReferralStatuses.LeavesQueue(to))
        {
            referral.LeftQueue(at);
        }
        switch (to)
        {
            case ReferralStatuses.InformationOnly:
                referral.InformationOnlyAt = Instants.Earliest(referral.InformationOnlyAt, at);
                break;
            case ReferralStatuses.Matched:
                referral.MatchedAt = Instants.Earliest(referral.MatchedAt, at);
                break;
            case ReferralStatuses.Withdrawn:
                referral.WithdrawnAt = Instants.Earliest(referral.WithdrawnAt, at);
                break;
            case ReferralStatuses.Closed:
                referral.ClosedAt = Instants.Earliest(referral.ClosedAt, at);
                break;
        }
    }

    /// <summary>Returns the event as it may be logged: redacted when the family has already revoked consent.</summary>
    public static async Task<ReferralMatchingRequested> MatchingRequestedAsync(ReportingDbContext db, ReferralMatchingRequested message, CancellationToken cancellationToken)
    {
        var referral = await RowLocks.ReferralAsync(db, message.ProgramId, message.ReferralId, cancellationToken);
        referral.BecameReady(message.OccurredAt);
        referral.ApplyStatus(ReferralStatuses.ReadyForMatching, message.OccurredAt);
        if (referral.ProfileErasedAt is not null)
        {
            return message.WithoutPersonalData();
        }
        if (referral.ProfileAt is null || message.OccurredAt >= referral.ProfileAt)
        {
            referral.ProfileAt = message.OccurredAt;
            referral.ProgramKind = Vocabulary.KebabOrNull(message.ProgramKind);
            referral.Languages = Vocabulary.Languages(message.PreferredLanguages);
            referral.County = Vocabulary.County(message.County);
            referral.ConditionCategories = Vocabulary.KebabAll(message.ConditionCategories);
            referral.CaseStage = Vocabulary.KebabOrNull(message.CaseStage);
        }
        return message;
    }

    public static async Task InformationOnlyAsync(ReportingDbContext db, ReferralInformationOnlyRecorded message, CancellationToken cancellationToken)
    {
        var referral = await RowLocks.ReferralAsync(db, message.ProgramId, message.ReferralId, cancellationToken);
        referral.InformationOnlyAt = Instants.Earliest(referral.InformationOnlyAt, message.OccurredAt);
        referral.InformationTopics = Vocabulary.KebabAll(message.InformationGiven);
        referral.Source ??= Vocabulary.Kebab(message.Source);
        referral.ApplyStatus(ReferralStatuses.InformationOnly, message.OccurredAt);
        referral.LeftQueue(message.OccurredAt);
    }

    public static async Task WithdrawnAsync(ReportingDbContext db, ReferralWithdrawalRecorded message, CancellationToken cancellationToken)
    {
        var referral = await RowLocks.ReferralAsync(db, message.ProgramId, message.ReferralId, cancellationToken);
        referral.WithdrawnAt = Instants.Earliest(referral.WithdrawnAt, message.OccurredAt);
        referral.WithdrawalReason = Vocabulary.KebabOrNull(message.Reason);
        referral.ApplyStatus(ReferralStatuses.Withdrawn, message.OccurredAt);
        referral.LeftQueue(message.OccurredAt);
    }

    public static async Task ConsentRevokedAsync(ReportingDbContext db, ReferralConsentRevoked message, CancellationToken cancellationToken)
    {
        var referral = await RowLocks.ReferralAsync(db, message.ProgramId, message.ReferralId, cancellationToken);
        referral.EraseProfile(message.RevokedAt);
    }
}
