using ParentPartner.Contracts.Referrals;
using ParentPartner.Reporting.Api.Data;

namespace ParentPartner.Reporting.Api.Consumers;

/// <summary>A re-entry into care after a reunification, counted from when it was recorded.</summary>
public sealed class ReferralReEntryRecordedConsumer(ReportingDbContext db, TimeProvider clock, ILogger<ReferralReEntryRecordedConsumer> logger)
    : LoggedConsumer<ReferralReEntryRecorded>(db, clock, logger);
