using MassTransit;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Contracts.Referrals;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.ServiceDefaults.Messaging.Inbox;

namespace ParentPartner.Scheduling.Api.Consumers;

/// <summary>
/// The family revoked consent: what scheduling holds about them is erased (the first name on appointments, the
/// notes on contacts); times, kinds, minutes and miles stay, because payroll has paid from them and reporting counts them.
/// </summary>
public sealed class ReferralConsentRevokedConsumer(SchedulingDbContext db, ILogger<ReferralConsentRevokedConsumer> logger)
    : IdempotentConsumer<ReferralConsentRevoked, SchedulingDbContext>(db, logger)
{
    protected override async Task HandleAsync(ReferralConsentRevoked message, ConsumeContext<ReferralConsentRevoked> context)
    {
        var cancellationToken = context.CancellationToken;
        var matchIds = await Db.Matches.Where(m => m.ReferralId == message.ReferralId).Select(m => m.MatchId).ToListAsync(cancellationToken);
        if (matchIds.Count == 0)
        {
            return;
        }
        await Db.Appointments.Where(a => a.MatchId != null && matchIds.Contains(a.MatchId.Value))
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.FamilyName, (string?)null), cancellationToken);
        await Db.Contacts.Where(c => matchIds.Contains(c.MatchId))
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.Notes, (string?)null), cancellationToken);
    }
}
