using MassTransit;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Contracts.Matching;
using ParentPartner.Referral.Api.Data;
using ParentPartner.Referral.Api.Domain;
using ParentPartner.Referral.Api.Features;
using ParentPartner.ServiceDefaults.Messaging.Inbox;

namespace ParentPartner.Referral.Api.Consumers;

/// <summary>
/// Matching ended the match: the referral moves matched → closed with the end reason as its closure reason, and
/// says so through the outbox. The end of a match this referral does not record (an older one), or of a referral
/// already settled (withdrawn, closed), changes nothing.
/// </summary>
public sealed class MatchEndedConsumer(ReferralDbContext db, ILogger<MatchEndedConsumer> logger)
    : IdempotentConsumer<MatchEnded, ReferralDbContext>(db, logger)
{
    private readonly ILogger _log = logger;

    protected override async Task HandleAsync(MatchEnded message, ConsumeContext<MatchEnded> context)
    {
        var referral = await Db.Referrals.FirstOrDefaultAsync(r => r.Id == message.ReferralId && r.ProgramId == message.ProgramId, context.CancellationToken);
        if (referral is null)
        {
            _log.LogWarning("MatchEnded {MatchId} names referral {ReferralId} of program {ProgramId}, which referral does not hold; ignored",
                message.MatchId, message.ReferralId, message.ProgramId);
            return;
        }
        // Out of order: the end overtook the start (they travel on separate queues). Throwing rolls the inbox row back,
        // so the retries (MatchEndedConsumerDefinition: minutes) try again once MatchMade has moved the referral;
        // closing straight away would write a matched step whose time nobody knows.
        if (referral.Status == ReferralStatus.ReadyForMatching)
        {
            throw new MatchNotYetRecordedException(message.MatchId, referral.Id);
        }
        if (referral.Status == ReferralStatus.Closed && referral.MatchId == message.MatchId)
        {
            return;
        }
        if (referral.Status != ReferralStatus.Matched || referral.MatchId != message.MatchId)
        {
            _log.LogWarning("MatchEnded {MatchId} for referral {ReferralId}, which is {Status} (match {RecordedMatchId}); left as it is",
                message.MatchId, referral.Id, referral.Status, referral.MatchId);
            return;
        }
        var change = referral.RecordMatchEnded(MatchEndReasons.Normalise(message.Reason), message.EndedAt)!;
        Db.StatusChanges.Add(change);
        Db.PublishTransition(referral, change, kind: null);
    }
}
