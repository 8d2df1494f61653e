using MassTransit;
using ParentPartner.Contracts.Referrals;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.ServiceDefaults.Messaging.Inbox;

namespace ParentPartner.Scheduling.Api.Consumers;

/// <summary>The family revoked consent: their first name and the contact notes are erased here.</summary>
public sealed class ReferralConsentRevokedConsumer(SchedulingDbContext db, TimeProvider clock, ILogger<ReferralConsentRevokedConsumer> logger)
    : IdempotentConsumer<ReferralConsentRevoked, SchedulingDbContext>(db, logger)
{
    protected override Task HandleAsync(ReferralConsentRevoked message, ConsumeContext<ReferralConsentRevoked> context) =>
        FamilyDataErasure.EraseAsync(Db, message.ReferralId, clock.GetUtcNow(), context.CancellationToken);
}
