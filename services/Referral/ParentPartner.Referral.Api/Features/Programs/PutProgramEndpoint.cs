using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Referral.Api.Data;
using ParentPartner.Referral.Api.Domain;
using ParentPartner.Referral.Api.Features.Intake;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Referral.Api.Features.Programs;

public static class PutProgramEndpoint
{
    public static RouteHandlerBuilder MapPutProgram(this RouteGroupBuilder group) =>
        group.MapPut("/{programId}", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramAdmin))
            .WithValidation()
            .WithName("PutProgram")
            .WithSummary("Register or update one of your programs: kind, time zone, and whether the public self-referral form is open")
            .Produces<ProgramResponse>()
            .Produces<ProgramResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> HandleAsync(
        string programId, ProgramRequest request, ReferralDbContext db, IProgramAccess programs, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (new FieldErrors().ProgramId("programId", programId) is { IsEmpty: false } errors)
        {
            return errors.ToProblem();
        }
        if (!programs.CanAccess(programId))
        {
            return Problem.NotFound("program");
        }

        var program = await db.Programs.FirstOrDefaultAsync(p => p.ProgramId == programId, cancellationToken);
        var created = program is null;
        program ??= db.Programs.Add(new ReferralProgram { ProgramId = programId, Name = "", TimeZone = "" }).Entity;
        program.Name = request.Name!.Trim();
        program.Kind = request.Kind!.Value;
        program.TimeZone = request.TimeZone!;
        program.AcceptingSelfReferrals = request.AcceptingSelfReferrals!.Value;
        program.UpdatedAt = clock.GetUtcNow();
        program.UpdatedBy = user.SubjectId();
        await db.SaveChangesAsync(cancellationToken);

        var response = ProgramResponse.From(program);
        return created ? TypedResults.Created($"/api/referrals/programs/{programId}", response) : TypedResults.Ok(response);
    }
}
