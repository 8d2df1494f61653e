using MassTransit;
using ParentPartner.Contracts.Training;
using ParentPartner.Matching.Api.Data;
using ParentPartner.ServiceDefaults.Erasure;
using ParentPartner.ServiceDefaults.Messaging.Inbox;

namespace ParentPartner.Matching.Api.Consumers;

/// <summary>
/// A support parent left: out of the pool with the matching profile erased. Remembered even when never pooled, so a
/// certification arriving late does not bring them back.
/// </summary>
public sealed class SupportParentWithdrawnConsumer(MatchingDbContext db, ILogger<SupportParentWithdrawnConsumer> logger)
    : IdempotentConsumer<SupportParentWithdrawn, MatchingDbContext>(db, logger)
{
    protected override async Task HandleAsync(SupportParentWithdrawn message, ConsumeContext<SupportParentWithdrawn> context)
    {
        var member = await PoolMembers.FindOrAddAsync(Db, message.SupportParentId, message.ProgramId, context.CancellationToken);
        member.Withdraw(message.WithdrawnAt);
        await Db.ForgetStoredResponsesAsync([message.SupportParentId], context.CancellationToken);
    }
}
