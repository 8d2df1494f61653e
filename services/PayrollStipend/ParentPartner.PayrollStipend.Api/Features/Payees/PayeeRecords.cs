using Microsoft.EntityFrameworkCore;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Domain;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.PayrollStipend.Api.Features.Payees;

/// <summary>Writes to a payee's own record, shared by the approver's and the person's endpoints.</summary>
public static class PayeeRecords
{
    public static void SetBenefit(Payee payee, BenefitRequest? request, DateTimeOffset now)
    {
        payee.BenefitKind = request?.BenefitKind;
        payee.BenefitMonthlyLevel = request?.MonthlyEarningsLevel;
        payee.BenefitConsentAt = request is null ? null : now;
        payee.UpdatedAt = now;
    }

    /// <summary>Changes one payee of the program and answers with the record as stored (404 when the program has no such payee).</summary>
    public static async Task<IResult> UpdateAsync(PayrollStipendDbContext db, string programId, Guid supportParentId, TimeProvider clock, Action<Payee, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        if (await db.Payees.FirstOrDefaultAsync(p => p.ProgramId == programId && p.SupportParentId == supportParentId, cancellationToken) is not { } payee)
        {
            return Problem.NotFound("payee");
        }
        var now = clock.Now();
        change(payee, now);
        payee.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return Results.Ok(PayeeResponse.From(payee));
    }
}
