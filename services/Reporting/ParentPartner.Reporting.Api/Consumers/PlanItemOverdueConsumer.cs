using ParentPartner.Contracts.Scheduling;
using ParentPartner.Reporting.Api.Data;

namespace ParentPartner.Reporting.Api.Consumers;

/// <summary>A follow-up plan item went overdue: counted by kind.</summary>
public sealed class PlanItemOverdueConsumer(ReportingDbContext db, TimeProvider clock, ILogger<PlanItemOverdueConsumer> logger)
    : LoggedConsumer<PlanItemOverdue>(db, clock, logger);
