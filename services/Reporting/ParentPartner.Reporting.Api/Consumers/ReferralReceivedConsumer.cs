using ParentPartner.Contracts.Referrals;
using ParentPartner.Reporting.Api.Data;

namespace ParentPartner.Reporting.Api.Consumers;

/// <summary>Counts a received referral once, by source, however often the broker delivers it.</summary>
public sealed class ReferralReceivedConsumer(ReportingDbContext db, TimeProvider clock, ILogger<ReferralReceivedConsumer> logger)
    : LoggedConsumer<ReferralReceived>(db, clock, logger);
