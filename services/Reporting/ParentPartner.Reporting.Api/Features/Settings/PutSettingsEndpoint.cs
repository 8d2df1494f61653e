using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Api.Domain;
using ParentPartner.Reporting.Api.Features.Common;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Reporting.Api.Features.Settings;

public static class PutSettingsEndpoint
{
    public static RouteHandlerBuilder MapPutSettings(this RouteGroupBuilder group) =>
        group.MapPut("/programs/{programId}/settings", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramAdmin))
            .WithValidation()
            .WithName("PutReportingSettings")
            .WithSummary("Set your program's reporting settings (needed before an annual report can be approved)")
            .Produces<SettingsResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> HandleAsync(
        string programId, SettingsRequest request, ReportingDbContext db, IProgramAccess programs, TimeProvider clock, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        if (new FieldErrors().ProgramId(programId) is { IsEmpty: false } errors)
        {
            return errors.ToProblem();
        }
        if (!programs.CanAccess(programId))
        {
            return Problem.NotFound("program");
        }

        var settings = await db.Settings.FirstOrDefaultAsync(s => s.ProgramId == programId, cancellationToken);
        settings ??= db.Settings.Add(new ReportingSettings { ProgramId = programId, StateCode = "", ProgramName = "", Kind = "" }).Entity;
        settings.StateCode = request.StateCode!.ToUpperInvariant();
        settings.ProgramName = request.ProgramName!.Trim();
        settings.Kind = Vocabulary.Kebab(request.Kind!.Value.ToString());
        settings.TargetHours = request.TargetHoursOrDefault();
        settings.TimeZone = request.TimeZone;
        settings.UpdatedAt = clock.StoredNow();
        settings.UpdatedBy = user.SubjectId();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return Problem.Conflict("The settings were created by another request at the same time; read them and try again.");
        }
        return TypedResults.Ok(SettingsResponse.From(programId, settings));
    }
}
