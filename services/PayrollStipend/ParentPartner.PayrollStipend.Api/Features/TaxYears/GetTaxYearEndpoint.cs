using Microsoft.EntityFrameworkCore;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Domain;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.PayrollStipend.Api.Features.TaxYears;

public static class GetTaxYearEndpoint
{
    public static RouteHandlerBuilder MapGetTaxYear(this RouteGroupBuilder program) =>
        program.MapGet("/tax-years/{year:int}/contractors", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(PayrollRoles.Approver))
            .WithName("GetContractorTaxYear")
            .WithSummary("1099-NEC year end: contractors paid at or over the threshold for payments made that year ($600 in 2025, $2,000 from 2026); ?all=true lists every contractor paid")
            .Produces<TaxYearResponse>()
            .ProducesValidationProblem();

    private static async Task<IResult> HandleAsync(string programId, int year, bool? all, PayrollStipendDbContext db, CancellationToken cancellationToken)
    {
        if (!ContractorTotals.IsYear(year))
        {
            return new FieldErrors().Add("year", "must be between 2000 and 2100.").ToProblem();
        }
        var threshold = Form1099Thresholds.For(year);
        var rows = await ContractorTotals.PaidIn(db, year).Where(t => t.ProgramId == programId)
            .Join(db.Payees, t => t.SupportParentId, p => p.SupportParentId, (t, p) => new { t.Total, Payee = p })
            .Where(x => x.Payee.EmploymentType == EmploymentType.Contractor)
            .GroupBy(x => new { x.Payee.SupportParentId, x.Payee.LegalName, x.Payee.W9OnFile })
            .Select(g => new { g.Key.SupportParentId, g.Key.LegalName, g.Key.W9OnFile, Paid = g.Sum(x => x.Total) })
            .ToListAsync(cancellationToken);
        var contractors = rows.Select(r => new ContractorYearResponse(r.SupportParentId, r.LegalName, r.W9OnFile, r.Paid, Form1099Thresholds.MustReport(r.Paid, year)))
            .Where(c => all == true || c.AtOrOverThreshold).OrderByDescending(c => c.Paid).ThenBy(c => c.SupportParentId).ToList();
        return TypedResults.Ok(new TaxYearResponse(year, threshold, contractors));
    }
}
