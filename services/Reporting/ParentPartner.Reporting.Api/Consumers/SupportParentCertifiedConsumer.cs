using ParentPartner.Contracts.Training;
using ParentPartner.Reporting.Api.Data;

namespace ParentPartner.Reporting.Api.Consumers;

/// <summary>A certified support parent: their profile and the start of a certified period.</summary>
public sealed class SupportParentCertifiedConsumer(ReportingDbContext db, TimeProvider clock, ILogger<SupportParentCertifiedConsumer> logger)
    : LoggedConsumer<SupportParentCertified>(db, clock, logger);
