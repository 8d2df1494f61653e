using System.Security.Claims;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.PayrollStipend.Api.Features.Settings;

public static class PutSettingsEndpoint
{
    public static RouteHandlerBuilder MapPutSettings(this RouteGroupBuilder program) =>
        program.MapPut("/settings", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(PayrollRoles.Settings))
            .WithValidation()
            .WithName("PutPayrollSettings")
            .WithSummary("Replace the program's payroll settings; periods already created keep their dates")
            .Produces<SettingsResponse>();

    private static async Task<IResult> HandleAsync(string programId, SettingsRequest request, PayrollPrograms programs, PayrollStipendDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var settings = await programs.SettingsAsync(programId, cancellationToken);
        settings.TimeZone = request.TimeZone!;
        settings.Frequency = request.Frequency!.Value;
        settings.PeriodAnchor = request.PeriodAnchor!.Value;
        settings.PayDateLagDays = request.PayDateLagDays!.Value;
        settings.UnitRounding = request.UnitRounding!.Value;
        settings.BillingCode = request.BillingCode!;
        settings.HoldUntilW9 = request.HoldUntilW9!.Value;
        settings.UpdatedAt = clock.Now();
        settings.UpdatedBy = user.SubjectId();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(SettingsResponse.From(settings));
    }
}
