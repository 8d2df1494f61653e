using ParentPartner.Contracts.Scheduling;
using ParentPartner.Reporting.Api.Data;

namespace ParentPartner.Reporting.Api.Consumers;

/// <summary>An appointment closed: court hearings and family team meetings attended, no-shows by who.</summary>
public sealed class AppointmentClosedConsumer(ReportingDbContext db, TimeProvider clock, ILogger<AppointmentClosedConsumer> logger)
    : LoggedConsumer<AppointmentClosed>(db, clock, logger);
