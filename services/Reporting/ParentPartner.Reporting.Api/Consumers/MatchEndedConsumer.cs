using ParentPartner.Contracts.Matching;
using ParentPartner.Reporting.Api.Data;

namespace ParentPartner.Reporting.Api.Consumers;

/// <summary>A match ended, with its reason (a reunification is followed for re-entry from ReferralReEntryRecorded).</summary>
public sealed class MatchEndedConsumer(ReportingDbContext db, TimeProvider clock, ILogger<MatchEndedConsumer> logger)
    : LoggedConsumer<MatchEnded>(db, clock, logger);
