using ParentPartner.Contracts.Training;
using ParentPartner.Reporting.Api.Data;

namespace ParentPartner.Reporting.Api.Consumers;

/// <summary>A support parent left the program.</summary>
public sealed class SupportParentWithdrawnConsumer(ReportingDbContext db, TimeProvider clock, ILogger<SupportParentWithdrawnConsumer> logger)
    : LoggedConsumer<SupportParentWithdrawn>(db, clock, logger);
