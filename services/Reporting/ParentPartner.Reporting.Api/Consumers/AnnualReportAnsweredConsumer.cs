using ParentPartner.Contracts.Alliance;
using ParentPartner.Reporting.Api.Data;

namespace ParentPartner.Reporting.Api.Consumers;

/// <summary>Stores the national hub's answer to one of this program's annual report revisions.</summary>
public sealed class AnnualReportAnsweredConsumer(ReportingDbContext db, TimeProvider clock, ILogger<AnnualReportAnsweredConsumer> logger)
    : LoggedConsumer<AnnualReportAnswered>(db, clock, logger);
