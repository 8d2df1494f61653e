using ParentPartner.Contracts.Training;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Api.EventLog;

namespace ParentPartner.Reporting.Api.Consumers;

/// <summary>
/// A support parent left the program: counted as withdrawn, and their matching profile goes from the read model and
/// from their logged events alike (a rebuild must not bring it back); certification history and hours stay.
/// </summary>
public sealed class SupportParentWithdrawnConsumer(ReportingDbContext db, TimeProvider clock, ILogger<SupportParentWithdrawnConsumer> logger)
    : LoggedConsumer<SupportParentWithdrawn>(db, clock, logger)
{
    protected override Task AfterApplyAsync(SupportParentWithdrawn message, CancellationToken cancellationToken) =>
        ReportingEventLog.RedactSupportParentAsync(Db, message.ProgramId, message.SupportParentId, cancellationToken);
}
