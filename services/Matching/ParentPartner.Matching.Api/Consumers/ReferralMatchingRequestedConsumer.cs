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
        referral.QualitiesHopedFor = [.. message.QualitiesHopedFor ?? []];
        referral.UpdatedAt = message.OccurredAt;
    }
}
