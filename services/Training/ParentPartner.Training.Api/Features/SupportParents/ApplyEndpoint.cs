using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Idempotency;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;
using ParentPartner.Training.Api.Data;
using ParentPartner.Training.Api.Domain;
using ParentPartner.Training.Api.Features.Common;

namespace ParentPartner.Training.Api.Features.SupportParents;

public static class ApplyEndpoint
{
    public static RouteHandlerBuilder MapApply(this RouteGroupBuilder program) =>
        program.MapPost("/support-parents", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(TrainingRoles.Staff))
            .WithValidation()
            .WithIdempotency<TrainingDbContext>()
            .WithName("ApplySupportParent")
            .WithSummary("Record a support-parent application; eligibility is assessed at once (not yet eligible: with the date and the reason)")
            .Produces<SupportParentResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> HandleAsync(
        string programId,
        SupportParentInput request,
        TrainingPrograms programs,
        TrainingDbContext db,
        TimeProvider clock,
        ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var settings = await programs.SettingsAsync(programId, cancellationToken);
        var now = clock.Now();
        var today = settings.Calendar.Today(now);
        if (ProfileRules.CheckChildBirthYear(request, today) is { IsEmpty: false } badYear)
        {
            return badYear.ToProblem();
        }
        if (ProfileRules.Check(request, today) is { IsEmpty: false } broken)
        {
            return broken.ToProblem(StatusCodes.Status422UnprocessableEntity, "Lived-experience dates cannot be in the future.");
        }
        if (request.UserSubject is { } subject
            && await db.SupportParents.AnyAsync(p => p.ProgramId == programId && p.UserSubject == subject, cancellationToken))
        {
            return Problem.Conflict("That account already has a support-parent record in this program.");
        }

        var parent = new SupportParent
        {
            Id = Guid.CreateVersion7(),
            ProgramId = programId,
            Status = SupportParentStatus.NotYetEligible,
            AppliedAt = now,
            UpdatedAt = now,
            CreatedBy = user.SubjectId(),
        };
        request.CopyTo(parent, settings.DefaultMaxCaseloadPerParent);
        parent.Record(parent.Assess(settings, today));

        db.SupportParents.Add(parent);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/training/programs/{programId}/support-parents/{parent.Id}", SupportParentResponse.From(parent, settings, now));
    }
}
