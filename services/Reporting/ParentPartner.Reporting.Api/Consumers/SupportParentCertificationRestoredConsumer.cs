using ParentPartner.Contracts.Training;
using ParentPartner.Reporting.Api.Data;

namespace ParentPartner.Reporting.Api.Consumers;

/// <summary>A restored certification: the support parent counts as certified again.</summary>
public sealed class SupportParentCertificationRestoredConsumer(ReportingDbContext db, TimeProvider clock, ILogger<SupportParentCertificationRestoredConsumer> logger)
    : LoggedConsumer<SupportParentCertificationRestored>(db, clock, logger);
