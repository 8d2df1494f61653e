using MassTransit;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Contracts.Referrals;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.ServiceDefaults.Messaging.Inbox;

namespace ParentPartner.Reporting.Api.Consumers;

/// <summary>Counts a received referral once, however often the broker delivers it.</summary>
public sealed class ReferralReceivedConsumer(ReportingDbContext db, ILogger<ReferralReceivedConsumer> logger)
    : IdempotentConsumer<ReferralReceived, ReportingDbContext>(db, logger)
{
    // An atomic upsert, so two consumer instances counting the same program never lose an increment.
    protected override async Task HandleAsync(ReferralReceived message, ConsumeContext<ReferralReceived> context) =>
        await Db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO referral_counts (program_id, source, received) VALUES ({message.ProgramId}, {message.Source}, 1)
            ON CONFLICT (program_id, source) DO UPDATE SET received = referral_counts.received + 1
            """,
            context.CancellationToken);
}
