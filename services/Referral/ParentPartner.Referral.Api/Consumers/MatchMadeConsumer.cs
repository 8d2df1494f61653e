using MassTransit;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Contracts.Matching;
using ParentPartner.Referral.Api.Data;
using ParentPartner.Referral.Api.Domain;
using ParentPartner.Referral.Api.Features;
using ParentPartner.ServiceDefaults.Messaging.Inbox;

namespace ParentPartner.Referral.Api.Consumers;

/// <summary>
/// Matching made the match: the referral moves ready-for-matching → matched (history by "matching", the match id
/// kept) and says so through the outbox like any status change, so reporting stops counting the family as waiting.
/// The same match told again under another message id is a no-op; a referral that left the queue meanwhile
/// (withdrawn, consent revoked) is left as it is. Logs carry ids only.
/// </summary>
public sealed class MatchMadeConsumer(ReferralDbContext db, ILogger<MatchMadeConsumer> logger)
    : IdempotentConsumer<MatchMade, ReferralDbContext>(db, logger)
{
    private readonly ILogger _log = logger;

    protected override async Task HandleAsync(MatchMade message, ConsumeContext<MatchMade> context)
    {
        var referral = await Db.Referrals.FirstOrDefaultAsync(r => r.Id == message.ReferralId && r.ProgramId == message.ProgramId, context.CancellationToken);
        if (referral is null)
        {
            _log.LogWarning("MatchMade {MatchId} names referral {ReferralId} of program {ProgramId}, which referral does not hold; ignored",
                message.MatchId, message.ReferralId, message.ProgramId);
            return;
        }
        if (referral.MatchId == message.MatchId)
        {
            return;
        }
        if (referral.RecordMatch(message.MatchId, message.MadeAt) is not { } change)
        {
            _log.LogWarning("MatchMade {MatchId} for referral {ReferralId}, which is {Status} (match {RecordedMatchId}); left as it is",
                message.MatchId, referral.Id, referral.Status, referral.MatchId);
            return;
        }
        Db.StatusChanges.Add(change);
        Db.PublishTransition(referral, change, kind: null);
    }
}
