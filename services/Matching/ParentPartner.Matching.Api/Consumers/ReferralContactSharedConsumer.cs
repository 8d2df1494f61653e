using MassTransit;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Contracts.Referrals;
using ParentPartner.Matching.Api.Data;
using ParentPartner.Matching.Api.Domain;
using ParentPartner.ServiceDefaults.Messaging.Inbox;

namespace ParentPartner.Matching.Api.Consumers;

/// <summary>Keeps the family's contact for the support parent who will be matched (a newer share replaces an older one).</summary>
public sealed class ReferralContactSharedConsumer(MatchingDbContext db, ILogger<ReferralContactSharedConsumer> logger)
    : IdempotentConsumer<ReferralContactShared, MatchingDbContext>(db, logger)
{
    protected override async Task HandleAsync(ReferralContactShared message, ConsumeContext<ReferralContactShared> context)
    {
        var cancellationToken = context.CancellationToken;
        // Consent already revoked or the referral withdrawn (the events travel on different queues): the contact must not come back.
        if (await Db.Queue.AnyAsync(r => r.Id == message.ReferralId && (r.Erased || r.Status == QueueStatus.Withdrawn), cancellationToken))
        {
            return;
        }
        var contact = await Db.Contacts.FirstOrDefaultAsync(c => c.ReferralId == message.ReferralId, cancellationToken);
        if (contact is not null && contact.SharedAt > message.SharedAt)
        {
            return; // an older share arriving late
        }
        contact ??= Db.Contacts.Add(new FamilyContact { ReferralId = message.ReferralId, ProgramId = message.ProgramId, ConsentScope = message.ConsentScope }).Entity;
        contact.ConsentScope = message.ConsentScope;
        contact.FirstName = message.FirstName;
        contact.Phone = message.Phone;
        contact.Email = message.Email;
        contact.PreferredContact = message.PreferredContact;
        contact.SharedAt = message.SharedAt;
    }
}
