using ParentPartner.Contracts.Training;
using ParentPartner.Reporting.Api.Data;

namespace ParentPartner.Reporting.Api.Consumers;

/// <summary>A lapsed certification: the support parent takes no new families until restored.</summary>
public sealed class SupportParentCertificationLapsedConsumer(ReportingDbContext db, TimeProvider clock, ILogger<SupportParentCertificationLapsedConsumer> logger)
    : LoggedConsumer<SupportParentCertificationLapsed>(db, clock, logger);
