using Microsoft.EntityFrameworkCore;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Api.Features.Common;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Reporting.Api.Features.Settings;

public static class GetSettingsEndpoint
{
    public static RouteHandlerBuilder MapGetSettings(this RouteGroupBuilder group) =>
        group.MapGet("/programs/{programId}/settings", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramAdmin))
            .WithName("GetReportingSettings")
            .WithSummary("Your program's reporting settings: state, name, kind, target hours to match")
            .Produces<SettingsResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> HandleAsync(string programId, ReportingDbContext db, IProgramAccess programs, CancellationToken cancellationToken)
    {
        if (new FieldErrors().ProgramId(programId) is { IsEmpty: false } errors)
        {
            return errors.ToProblem();
        }
        if (!programs.CanAccess(programId))
        {
            return Problem.NotFound("program");
        }
        var settings = await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.ProgramId == programId, cancellationToken);
        return TypedResults.Ok(SettingsResponse.From(programId, settings));
    }
}
