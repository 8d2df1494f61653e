using ParentPartner.Contracts.Matching;
using ParentPartner.Reporting.Api.Data;

namespace ParentPartner.Reporting.Api.Consumers;

/// <summary>Counts an offer that ran out unanswered.</summary>
public sealed class MatchOfferExpiredConsumer(ReportingDbContext db, TimeProvider clock, ILogger<MatchOfferExpiredConsumer> logger)
    : LoggedConsumer<MatchOfferExpired>(db, clock, logger);
