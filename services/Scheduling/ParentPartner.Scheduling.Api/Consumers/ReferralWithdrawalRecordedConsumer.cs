using MassTransit;
using ParentPartner.Contracts.Referrals;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.ServiceDefaults.Messaging.Inbox;

namespace ParentPartner.Scheduling.Api.Consumers;

/// <summary>The referral was withdrawn: the family's first name and the contact notes are erased here as well.</summary>
public sealed class ReferralWithdrawalRecordedConsumer(SchedulingDbContext db, TimeProvider clock, ILogger<ReferralWithdrawalRecordedConsumer> logger)
    : IdempotentConsumer<ReferralWithdrawalRecorded, SchedulingDbContext>(db, logger)
{
    protected override Task HandleAsync(ReferralWithdrawalRecorded message, ConsumeContext<ReferralWithdrawalRecorded> context) =>
        FamilyDataErasure.EraseAsync(Db, message.ReferralId, clock.GetUtcNow(), context.CancellationToken);
}
