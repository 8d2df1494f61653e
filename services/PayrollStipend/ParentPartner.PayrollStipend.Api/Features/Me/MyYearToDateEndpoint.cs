using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Domain;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.PayrollStipend.Api.Features.TaxYears;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.PayrollStipend.Api.Features.Me;

public static class MyYearToDateEndpoint
{
    public static RouteHandlerBuilder MapMyYearToDate(this RouteGroupBuilder me) =>
        me.MapGet("/year-to-date", async (int? year, ClaimsPrincipal user, PayrollStipendDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var y = year ?? clock.GetUtcNow().Year;
                if (!ContractorTotals.IsYear(y))
                {
                    return new FieldErrors().Add("year", "must be between 2000 and 2100.").ToProblem();
                }
                var payees = await MyPayees.Of(db, user).Select(p => new { p.SupportParentId, p.EmploymentType }).ToListAsync(cancellationToken);
                var ids = payees.Select(p => p.SupportParentId).ToList();
                var paid = await ContractorTotals.PaidIn(db, y).Where(t => ids.Contains(t.SupportParentId)).SumAsync(t => t.Total, cancellationToken);
                var contractor = payees.Any(p => p.EmploymentType == EmploymentType.Contractor);
                return Results.Ok(new YearToDateResponse(y, paid, contractor ? Form1099Thresholds.For(y) : null, contractor ? Form1099Thresholds.MustReport(paid, y) : null));
            })
            .RequireAuthorization(policy => policy.RequireRole(PayrollRoles.Self))
            .WithName("MyYearToDate")
            .WithSummary("What you were paid in a year (?year=, default this year) by payment date, with the 1099-NEC threshold when you are a contractor")
            .Produces<YearToDateResponse>()
            .ProducesValidationProblem();
}
