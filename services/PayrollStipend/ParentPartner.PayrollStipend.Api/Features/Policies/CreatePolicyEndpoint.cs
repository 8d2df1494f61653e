using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Domain;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Idempotency;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.PayrollStipend.Api.Features.Policies;

public static class CreatePolicyEndpoint
{
    public static RouteHandlerBuilder MapCreatePolicy(this RouteGroupBuilder program) =>
        program.MapPost("/policies", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(PayrollRoles.Settings))
            .WithValidation()
            .WithIdempotency<PayrollStipendDbContext>()
            .WithName("CreatePayPolicy")
            .WithSummary("Add a version of the pay policy, in effect from its date; lines already placed keep the rates they were paid at")
            .Produces<PolicyResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> HandleAsync(string programId, PolicyRequest request, PayrollStipendDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var version = await db.Policies.Where(p => p.ProgramId == programId).MaxAsync(p => (int?)p.Version, cancellationToken) ?? 0;
        var policy = new PayPolicy
        {
            Id = Guid.CreateVersion7(),
            ProgramId = programId,
            Version = version + 1,
            EffectiveFrom = request.EffectiveFrom!.Value,
            CourtHearingRate = request.Rate(ActivityKind.CourtHearing),
            FamilyTeamMeetingRate = request.Rate(ActivityKind.FamilyTeamMeeting),
            OneToOneRate = request.Rate(ActivityKind.OneToOne),
            PhoneRate = request.Rate(ActivityKind.Phone),
            SupportGroupRate = request.Rate(ActivityKind.SupportGroup),
            TrainingRate = request.Rate(ActivityKind.Training),
            OtherRate = request.Rate(ActivityKind.Other),
            MatchStipendMonthly = request.MatchStipendMonthly,
            TrainingAttendanceStipend = request.TrainingAttendanceStipend,
            MileageRate = request.MileageRate ?? PayPolicy.IrsBusinessMileageRate2026,
            MonthlyCap = request.MonthlyCap,
            CreatedAt = clock.Now(),
            CreatedBy = user.SubjectId(),
        };
        db.Policies.Add(policy);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/payroll/programs/{programId}/policies/{policy.Id}", PolicyResponse.From(policy));
    }
}
