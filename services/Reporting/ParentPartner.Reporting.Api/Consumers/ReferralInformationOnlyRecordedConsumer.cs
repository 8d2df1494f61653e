using ParentPartner.Contracts.Referrals;
using ParentPartner.Reporting.Api.Data;

namespace ParentPartner.Reporting.Api.Consumers;

/// <summary>Counts an information request (by topic code).</summary>
public sealed class ReferralInformationOnlyRecordedConsumer(ReportingDbContext db, TimeProvider clock, ILogger<ReferralInformationOnlyRecordedConsumer> logger)
    : LoggedConsumer<ReferralInformationOnlyRecorded>(db, clock, logger);
