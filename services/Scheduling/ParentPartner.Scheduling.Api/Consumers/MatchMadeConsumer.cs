using MassTransit;
using ParentPartner.Contracts.Matching;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.Scheduling.Api.Features.Plans;
using ParentPartner.ServiceDefaults.Http;
using ParentPartner.ServiceDefaults.Messaging.Inbox;

namespace ParentPartner.Scheduling.Api.Consumers;

/// <summary>A new match gets its follow-up plan, dated from the moment it was made, by the program's kind and settings.</summary>
public sealed class MatchMadeConsumer(SchedulingDbContext db, ILogger<MatchMadeConsumer> logger)
    : IdempotentConsumer<MatchMade, SchedulingDbContext>(db, logger)
{
    protected override async Task HandleAsync(MatchMade message, ConsumeContext<MatchMade> context)
    {
        var cancellationToken = context.CancellationToken;
        // The same match under another message id (a republish) already has its plan.
        if (await Db.Matches.FindAsync([message.MatchId], cancellationToken) is not null)
        {
            return;
        }
        // Older senders carry no kind: the P2P plan is the lighter one and asks nothing a P2P program would not do.
        var kind = KebabEnum.TryParse<MatchProgramKind>(message.ProgramKind, out var parsed) ? parsed : MatchProgramKind.P2p;
        var match = new ScheduledMatch
        {
            MatchId = message.MatchId,
            ProgramId = message.ProgramId,
            ReferralId = message.ReferralId,
            SupportParentId = message.SupportParentId,
            SupportParentSubject = message.SupportParentSubject,
            ProgramKind = kind,
            MadeAt = message.MadeAt,
        };
        Db.Matches.Add(match);
        Db.PlanItems.AddRange(FollowUpPlan.For(match, await Db.FollowUpSettingsForAsync(message.ProgramId, cancellationToken)));
    }
}
