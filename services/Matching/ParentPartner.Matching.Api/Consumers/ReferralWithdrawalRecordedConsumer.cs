using MassTransit;
using ParentPartner.Contracts.Referrals;
using ParentPartner.Matching.Api.Data;
using ParentPartner.ServiceDefaults.Messaging.Inbox;

namespace ParentPartner.Matching.Api.Consumers;

public sealed class ReferralWithdrawalRecordedConsumer(MatchingDbContext db, ILogger<ReferralWithdrawalRecordedConsumer> logger)
    : IdempotentConsumer<ReferralWithdrawalRecorded, MatchingDbContext>(db, logger)
{
    protected override Task HandleAsync(ReferralWithdrawalRecorded message, ConsumeContext<ReferralWithdrawalRecorded> context) =>
        QueueDepartures.RecordAsync(Db, message.ReferralId, message.ProgramId, message.OccurredAt, erase: false, context.CancellationToken);
}
