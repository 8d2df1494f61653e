using MassTransit;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Contracts.Training;
using ParentPartner.Matching.Api.Data;
using ParentPartner.ServiceDefaults.Messaging.Inbox;

namespace ParentPartner.Matching.Api.Consumers;

public sealed class SupportParentCertificationRestoredConsumer(MatchingDbContext db, ILogger<SupportParentCertificationRestoredConsumer> logger)
    : IdempotentConsumer<SupportParentCertificationRestored, MatchingDbContext>(db, logger)
{
    protected override async Task HandleAsync(SupportParentCertificationRestored message, ConsumeContext<SupportParentCertificationRestored> context)
    {
        if (await Db.Pool.FirstOrDefaultAsync(m => m.Id == message.SupportParentId, context.CancellationToken) is { IsWithdrawn: false } member)
        {
            member.IsCertified = true;
        }
    }
}
