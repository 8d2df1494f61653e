using ParentPartner.Contracts.Matching;
using ParentPartner.Reporting.Api.Data;

namespace ParentPartner.Reporting.Api.Consumers;

/// <summary>A match made: time from ready to matched, and the referral leaves the queue.</summary>
public sealed class MatchMadeConsumer(ReportingDbContext db, TimeProvider clock, ILogger<MatchMadeConsumer> logger)
    : LoggedConsumer<MatchMade>(db, clock, logger);
