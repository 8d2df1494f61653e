using Microsoft.EntityFrameworkCore;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;
using ParentPartner.Training.Api.Data;
using ParentPartner.Training.Api.Domain;
using ParentPartner.Training.Api.Events;
using ParentPartner.Training.Api.Features.Certification;
using ParentPartner.Training.Api.Features.Common;
using ParentPartner.ServiceDefaults.Http;

namespace ParentPartner.Training.Api.Features.SupportParents;

public static class UpdateProfileEndpoint
{
    public static RouteHandlerBuilder MapUpdateProfile(this RouteGroupBuilder program) =>
        program.MapPut("/support-parents/{supportParentId:guid}", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(TrainingRoles.Staff))
            .WithValidation()
            .WithAccessPurpose("case-work")
            .WithName("UpdateSupportParent")
            .WithSummary("Replace a support parent's application and profile; matching hears of profile changes once they are certified")
            .Produces<SupportParentResponse>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> HandleAsync(
        string programId,
        Guid supportParentId,
        SupportParentInput request,
        TrainingPrograms programs,
        TrainingDbContext db,
        CertificationLedger ledger,
        HttpContext http,
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
            return Problem.Conflict("This support parent has withdrawn and their personal data was erased; record a new application instead.");
        }

        var now = clock.Now();
        var today = settings.Calendar.Today(now);
        if (ProfileRules.CheckChildBirthYear(request, today) is { IsEmpty: false } badYear)
        {
            return badYear.ToProblem();
        }
        var rules = ProfileRules.Check(request, today);
        if (parent.UserSubject is { } linked && request.UserSubject != linked)
        {
            rules.Add("userSubject", "cannot change once an account is linked.");
        }
        if (!rules.IsEmpty)
        {
            return rules.ToProblem(StatusCodes.Status422UnprocessableEntity, "The change breaks a program rule.");
        }
        if (request.UserSubject is { } subject && parent.UserSubject is null
            && await db.SupportParents.AnyAsync(p => p.ProgramId == programId && p.UserSubject == subject, cancellationToken))
        {
            return Problem.Conflict("That account already has a support-parent record in this program.");
        }

        var before = parent.MatchingFingerprint();
        request.CopyTo(parent, settings.DefaultMaxCaseloadPerParent);
        if (parent.IsKnownToMatching && !parent.Assess(settings, today).IsEligible)
        {
            return Problem.Unprocessable("These dates would make a certified support parent ineligible; if that is right, withdraw them instead.");
        }
        parent.UpdatedAt = now;

        var courses = await programs.ActiveCoursesAsync(programId, cancellationToken);
        var change = ledger.Apply(parent, settings, courses, await ledger.CompletedCoursesAsync(parent.Id, cancellationToken), now, applyLapses: false);
        if (change != CertificationChange.Certify && parent.IsKnownToMatching && parent.MatchingFingerprint() != before)
        {
            db.Publish(TrainingEvents.ProfileChanged(parent, now));
        }
        db.RecordUpdate(http, parent);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(SupportParentResponse.From(parent, settings, now));
    }
}
