using MassTransit;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Contracts.Training;
using ParentPartner.Matching.Api.Data;
using ParentPartner.ServiceDefaults.Messaging.Inbox;

namespace ParentPartner.Matching.Api.Consumers;

public sealed class SupportParentWithdrawnConsumer(MatchingDbContext db, ILogger<SupportParentWithdrawnConsumer> logger)
    : IdempotentConsumer<SupportParentWithdrawn, MatchingDbContext>(db, logger)
{
    protected override async Task HandleAsync(SupportParentWithdrawn message, ConsumeContext<SupportParentWithdrawn> context)
    {
        if (await Db.Pool.FirstOrDefaultAsync(m => m.Id == message.SupportParentId, context.CancellationToken) is { } member)
        {
            member.IsWithdrawn = true;
            member.IsCertified = false;
        }
    }
}
