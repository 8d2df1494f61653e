using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.PayrollStipend.Api.Jobs;
using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.PayrollStipend.Api.Features.Stipends;

public static class RunStipendSweepEndpoint
{
    public static RouteHandlerBuilder MapRunStipendSweep(this RouteGroupBuilder program) =>
        program.MapPost("/stipend-sweeps", async (string programId, StipendSweep sweep, TimeProvider clock, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sweep.RunAsync(clock.Now(), programId, cancellationToken: cancellationToken)))
            .RequireAuthorization(policy => policy.RequireRole(PayrollRoles.Approver))
            .WithName("RunStipendSweep")
            .WithSummary("Book the monthly match stipends through the current period now (the daily sweep); safe to repeat")
            .Produces<StipendSweepResult>();
}
