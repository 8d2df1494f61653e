using ParentPartner.Contracts.Matching;
using ParentPartner.Reporting.Api.Data;

namespace ParentPartner.Reporting.Api.Consumers;

/// <summary>Counts an offer made to a support parent.</summary>
public sealed class MatchOfferedConsumer(ReportingDbContext db, TimeProvider clock, ILogger<MatchOfferedConsumer> logger)
    : LoggedConsumer<MatchOffered>(db, clock, logger);
