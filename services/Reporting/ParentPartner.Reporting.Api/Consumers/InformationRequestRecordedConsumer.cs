using ParentPartner.Contracts.Referrals;
using ParentPartner.Reporting.Api.Data;

namespace ParentPartner.Reporting.Api.Consumers;

/// <summary>Counts an answered information request (the anonymous tally) by channel, topic, county and language.</summary>
public sealed class InformationRequestRecordedConsumer(ReportingDbContext db, TimeProvider clock, ILogger<InformationRequestRecordedConsumer> logger)
    : LoggedConsumer<InformationRequestRecorded>(db, clock, logger);
