using MassTransit;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Contracts.Training;
using ParentPartner.Matching.Api.Data;
using ParentPartner.ServiceDefaults.Messaging.Inbox;

namespace ParentPartner.Matching.Api.Consumers;

public sealed class SupportParentCertificationLapsedConsumer(MatchingDbContext db, ILogger<SupportParentCertificationLapsedConsumer> logger)
    : IdempotentConsumer<SupportParentCertificationLapsed, MatchingDbContext>(db, logger)
{
    protected override async Task HandleAsync(SupportParentCertificationLapsed message, ConsumeContext<SupportParentCertificationLapsed> context)
    {
        if (await Db.Pool.FirstOrDefaultAsync(m => m.Id == message.SupportParentId, context.CancellationToken) is { } member)
        {
            member.IsCertified = false;
        }
    }
}
