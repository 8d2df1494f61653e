using ParentPartner.PayrollStipend.Api.Features.Common;

namespace ParentPartner.PayrollStipend.Api.Features.Settings;

public static class GetSettingsEndpoint
{
    public static RouteHandlerBuilder MapGetSettings(this RouteGroupBuilder program) =>
        program.MapGet("/settings", async (string programId, PayrollPrograms programs, CancellationToken cancellationToken) =>
                TypedResults.Ok(SettingsResponse.From(await programs.SettingsAsync(programId, cancellationToken))))
            .RequireAuthorization(policy => policy.RequireRole(PayrollRoles.Readers))
            .WithName("GetPayrollSettings")
            .WithSummary("The program's payroll settings: time zone, pay frequency, pay-date lag, billable-unit rounding, W-9 hold");
}
