using ParentPartner.Contracts.Referrals;
using ParentPartner.Reporting.Api.Data;

namespace ParentPartner.Reporting.Api.Consumers;

/// <summary>A withdrawn referral leaves the queue; its counts stay.</summary>
public sealed class ReferralWithdrawalRecordedConsumer(ReportingDbContext db, TimeProvider clock, ILogger<ReferralWithdrawalRecordedConsumer> logger)
    : LoggedConsumer<ReferralWithdrawalRecorded>(db, clock, logger);
