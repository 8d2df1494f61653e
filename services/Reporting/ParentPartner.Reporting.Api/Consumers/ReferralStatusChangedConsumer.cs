using ParentPartner.Contracts.Referrals;
using ParentPartner.Reporting.Api.Data;

namespace ParentPartner.Reporting.Api.Consumers;

/// <summary>Keeps each referral's status (the latest change by its own time) and its queue dates.</summary>
public sealed class ReferralStatusChangedConsumer(ReportingDbContext db, TimeProvider clock, ILogger<ReferralStatusChangedConsumer> logger)
    : LoggedConsumer<ReferralStatusChanged>(db, clock, logger);
