using MassTransit;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Contracts.Referrals;
using ParentPartner.Matching.Api.Data;
using ParentPartner.Matching.Api.Domain;
using ParentPartner.ServiceDefaults.Messaging.Inbox;

namespace ParentPartner.Matching.Api.Consumers;

/// <summary>A referral ready for matching joins its program's queue with its matching profile.</summary>
public sealed class ReferralMatchingRequestedConsumer(MatchingDbContext db, ILogger<ReferralMatchingRequestedConsumer> logger)
    : IdempotentConsumer<ReferralMatchingRequested, MatchingDbContext>(db, logger)
{
    protected override async Task HandleAsync(ReferralMatchingRequested message, ConsumeContext<ReferralMatchingRequested> context)
    {
        var referral = await Db.Queue.FirstOrDefaultAsync(r => r.Id == message.ReferralId, context.CancellationToken);
        if (referral is { Status: QueueStatus.Withdrawn or QueueStatus.Matched })
        {
            return; // already left the queue (or matched): a late or repeated request changes nothing
        }
        referral ??= Db.Queue.Add(new QueuedReferral { Id = message.ReferralId, ProgramId = message.ProgramId, Status = QueueStatus.Waiting }).Entity;
        if (referral.Status == QueueStatus.Waiting)
        {
            referral.ReadyAt = message.OccurredAt;
        }
        referral.Languages = [.. message.PreferredLanguages];
        referral.County = message.County;
        referral.ConditionCategories = [.. message.ConditionCategories];
        referral.CaseStage = message.CaseStage;
        referral.ChildAge = message.ChildAge;
        referral.FatherToFatherWanted = message.FatherToFatherWanted;
        referral.CulturalBackground = message.CulturalBackground;
        referral.AvailableEvenings = message.AvailableEvenings;
        referral.AvailableWeekends = message.AvailableWeekends;
        referral.UpdatedAt = message.OccurredAt;
    }
}

public sealed class ReferralWithdrawalRecordedConsumer(MatchingDbContext db, ILogger<ReferralWithdrawalRecordedConsumer> logger)
    : IdempotentConsumer<ReferralWithdrawalRecorded, MatchingDbContext>(db, logger)
{
    protected override Task HandleAsync(ReferralWithdrawalRecorded message, ConsumeContext<ReferralWithdrawalRecorded> context) =>
        Queue.LeaveAsync(Db, message.ReferralId, message.ProgramId, message.OccurredAt, erase: false, context.CancellationToken);
}

/// <summary>Consent revoked: the referral leaves the queue and its matching profile is erased (ids and dates stay for counts).</summary>
public sealed class ReferralConsentRevokedConsumer(MatchingDbContext db, ILogger<ReferralConsentRevokedConsumer> logger)
    : IdempotentConsumer<ReferralConsentRevoked, MatchingDbContext>(db, logger)
{
    protected override Task HandleAsync(ReferralConsentRevoked message, ConsumeContext<ReferralConsentRevoked> context) =>
        Queue.LeaveAsync(Db, message.ReferralId, message.ProgramId, message.OccurredAt, erase: true, context.CancellationToken);
}

internal static class Queue
{
    public static async Task LeaveAsync(MatchingDbContext db, Guid referralId, string programId, DateTimeOffset at, bool erase, CancellationToken cancellationToken)
    {
        var referral = await db.Queue.FirstOrDefaultAsync(r => r.Id == referralId, cancellationToken);
        // Remembered even when it never joined, so a late "ready" does not bring it back.
        referral ??= db.Queue.Add(new QueuedReferral { Id = referralId, ProgramId = programId, ReadyAt = at, Status = QueueStatus.Withdrawn }).Entity;
        if (referral.Status != QueueStatus.Matched)
        {
            referral.Status = QueueStatus.Withdrawn;
        }
        referral.UpdatedAt = at;
        if (erase)
        {
            referral.Erase();
        }

        foreach (var offer in await db.Offers.Where(o => o.ReferralId == referralId && o.Status == OfferStatus.Pending).ToListAsync(cancellationToken))
        {
            offer.Status = OfferStatus.Withdrawn;
            offer.AnsweredAt = at;
        }
    }
}
