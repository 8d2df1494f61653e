using ParentPartner.ServiceDefaults.Data;
using ParentPartner.Training.Api.Jobs;
using ParentPartner.Training.Api.Features.Common;

namespace ParentPartner.Training.Api.Features.Certification;

public static class RunSweepEndpoint
{
    public static RouteHandlerBuilder MapRunSweep(this RouteGroupBuilder program) =>
        program.MapPost("/certification-sweeps", async (string programId, CertificationSweep sweep, TimeProvider clock, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sweep.RunAsync(clock.Now(), programId, cancellationToken)))
            .RequireAuthorization(policy => policy.RequireRole(TrainingRoles.Admin))
            .WithName("RunCertificationSweep")
            .WithSummary("Run the daily certification sweep for this program now (lapses overdue supplemental training); safe to repeat")
            .Produces<CertificationSweepResult>();
}
