using MassTransit;
using ParentPartner.Contracts.Referrals;
using ParentPartner.Matching.Api.Data;
using ParentPartner.ServiceDefaults.Messaging.Inbox;

namespace ParentPartner.Matching.Api.Consumers;

/// <summary>Consent revoked: the referral leaves the queue and its matching profile is erased (ids and dates stay for counts).</summary>
public sealed class ReferralConsentRevokedConsumer(MatchingDbContext db, ILogger<ReferralConsentRevokedConsumer> logger)
    : IdempotentConsumer<ReferralConsentRevoked, MatchingDbContext>(db, logger)
{
    protected override Task HandleAsync(ReferralConsentRevoked message, ConsumeContext<ReferralConsentRevoked> context) =>
        QueueDepartures.RecordAsync(Db, message.ReferralId, message.ProgramId, message.OccurredAt, erase: true, context.CancellationToken);
}
