using ParentPartner.Contracts.Referrals;
using ParentPartner.Reporting.Api.Data;

namespace ParentPartner.Reporting.Api.Consumers;

/// <summary>A referral ready for matching: it starts waiting, with the profile roster gaps group it by.</summary>
public sealed class ReferralMatchingRequestedConsumer(ReportingDbContext db, TimeProvider clock, ILogger<ReferralMatchingRequestedConsumer> logger)
    : LoggedConsumer<ReferralMatchingRequested>(db, clock, logger);
