using Microsoft.EntityFrameworkCore;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;
using ParentPartner.Training.Api.Data;
using ParentPartner.Training.Api.Domain;
using ParentPartner.Training.Api.Events;
using ParentPartner.Training.Api.Features.Cohorts;
using ParentPartner.Training.Api.Features.Common;

namespace ParentPartner.Training.Api.Features.SupportParents;

public static class WithdrawEndpoint
{
    public static RouteHandlerBuilder MapWithdraw(this RouteGroupBuilder program) =>
        program.MapPost("/support-parents/{supportParentId:guid}/withdrawal", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(TrainingRoles.Staff))
            .WithValidation()
            .WithName("WithdrawSupportParent")
            .WithSummary("Withdraw a support parent: name and contact are erased, future seats freed; counts and training hours stay")
            .Produces<SupportParentResponse>()
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> HandleAsync(
        string programId,
        Guid supportParentId,
        WithdrawRequest request,
        TrainingPrograms programs,
        TrainingDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var settings = await programs.SettingsAsync(programId, cancellationToken);
        var parent = await db.SupportParents.FirstOrDefaultAsync(p => p.ProgramId == programId && p.Id == supportParentId, cancellationToken);
        if (parent is null)
        {
            return Problem.NotFound("support parent");
        }
        if (parent.Status == SupportParentStatus.Withdrawn)
        {
            return Problem.Conflict("This support parent has already withdrawn.");
        }

        var now = clock.Now();
        parent.Status = SupportParentStatus.Withdrawn;
        parent.WithdrawnAt = now;
        parent.WithdrawalReason = request.Reason;
        parent.UpdatedAt = now;
        parent.ErasePersonalData();

        // Seats in sessions that have not started go back to their cohorts, in the same transaction.
        await using var transaction = await db.BeginOwnTransactionAsync(cancellationToken);
        var upcoming = await db.Enrolments
            .Where(e => e.SupportParentId == parent.Id && e.Status == EnrolmentStatus.Enrolled && e.SessionStartsAt > now)
            .ToListAsync(cancellationToken);
        foreach (var enrolment in upcoming)
        {
            enrolment.Status = EnrolmentStatus.Cancelled;
            await Seats.ReleaseAsync(db, enrolment.CohortId, cancellationToken);
        }

        await TrainingEvents.EraseSentAsync(db, parent.Id, cancellationToken);
        db.Publish(TrainingEvents.Withdrawn(parent, now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(SupportParentResponse.From(parent, settings, now));
    }
}
