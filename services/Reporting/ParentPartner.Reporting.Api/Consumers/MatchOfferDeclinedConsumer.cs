using ParentPartner.Contracts.Matching;
using ParentPartner.Reporting.Api.Data;

namespace ParentPartner.Reporting.Api.Consumers;

/// <summary>Counts a declined offer by reason code.</summary>
public sealed class MatchOfferDeclinedConsumer(ReportingDbContext db, TimeProvider clock, ILogger<MatchOfferDeclinedConsumer> logger)
    : LoggedConsumer<MatchOfferDeclined>(db, clock, logger);
