using ParentPartner.Contracts.Training;
using ParentPartner.Reporting.Api.Data;

namespace ParentPartner.Reporting.Api.Consumers;

/// <summary>A support parent's new profile (the latest by its own time) and certification status.</summary>
public sealed class SupportParentProfileChangedConsumer(ReportingDbContext db, TimeProvider clock, ILogger<SupportParentProfileChangedConsumer> logger)
    : LoggedConsumer<SupportParentProfileChanged>(db, clock, logger);
