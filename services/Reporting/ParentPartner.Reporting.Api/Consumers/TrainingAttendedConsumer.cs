using ParentPartner.Contracts.Training;
using ParentPartner.Reporting.Api.Data;

namespace ParentPartner.Reporting.Api.Consumers;

/// <summary>Counts training attendance and completions, once per enrolment.</summary>
public sealed class TrainingAttendedConsumer(ReportingDbContext db, TimeProvider clock, ILogger<TrainingAttendedConsumer> logger)
    : LoggedConsumer<TrainingAttended>(db, clock, logger);
